import ServiceKit

/// What a request, or an application, may name (4.1, 4.8).
enum RequestRules {
    enum Refusal: RuleRefusal {
        /// The organisation is not in intake's register.
        case unknownOrganisation
        /// No approved programme has the code (or it is retired): candidates for it would wait for ever.
        case programmeNotOffered(field: String)
        /// The request was withdrawn already.
        case withdrawn
        /// Enrolment was told the programme of candidates already accepted: it is not changed under them.
        case programmeSettled

        var clause: String? {
            switch self {
            case .unknownOrganisation, .withdrawn: "4.1"
            case .programmeNotOffered: "4.8"
            case .programmeSettled: "4.2"
            }
        }
    }

    /// Why the centre may not choose the programme `code` for `request`, given whether that
    /// programme is `offered` (approved and not retired): a withdrawn request takes none, and
    /// candidates enrolment already placed keep theirs.
    static func choosing(_ code: String, offered: Bool, for request: OrganisationRequest, candidates: [Candidate]) -> [Refusal] {
        guard request.status == .open else { return [.withdrawn] }
        if !offered { return [.programmeNotOffered(field: "programmeCode")] }
        if request.programmeCode != code, candidates.contains(where: \.status.isWithEnrolment) { return [.programmeSettled] }
        return []
    }

    /// A request is withdrawn once.
    static func withdrawing(_ request: OrganisationRequest) -> [Refusal] {
        request.status == .open ? [] : [.withdrawn]
    }
}
