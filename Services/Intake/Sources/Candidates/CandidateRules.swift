import ServiceKit

/// Where a candidate stands, as plain rules.
extension Candidate.Status {
    /// How far along the way a status is. Events from different services may arrive in any
    /// order, so a status only ever moves forward.
    var stage: Int {
        switch self {
        case .received, .fileIncomplete: 0
        case .accepted: 1
        case .admitted: 2
        case .completed: 3
        case .certified: 4
        case .expelled, .withdrawn: 5
        }
    }

    /// Still on the way: a second application for the same programme would double it, and it
    /// may still be withdrawn.
    var isOpen: Bool { stage < 3 }

    /// The file can still change: papers uploaded, reviewed, replaced.
    var fileIsOpen: Bool { stage == 0 }

    /// Enrolment was told of the candidate, and the course not yet over: the programme is settled.
    var isWithEnrolment: Bool { (1...4).contains(stage) }

    /// The status after a service reports `reported`: the later of the two, except that
    /// nothing moves a candidate who has left.
    func advanced(to reported: Candidate.Status) -> Candidate.Status {
        stage >= 5 || reported.stage <= stage ? self : reported
    }
}

enum CandidateRules {
    enum Refusal: RuleRefusal {
        /// The course is over, or the candidate left: nothing is withdrawn.
        case cannotWithdraw(Candidate.Status)
        /// Once accepted (or withdrawn), what was verified stays as it was.
        case fileClosed(Candidate.Status)
        /// Regulation 6 knows one application per teacher and programme. `visible`: whether the
        /// caller may see the candidate already on its way.
        case alreadyApplied(field: String, candidateId: String, visible: Bool)

        var clause: String? {
            switch self {
            case .cannotWithdraw: nil
            case .fileClosed: "6.2"
            case .alreadyApplied: "6.2.1"
            }
        }
    }
}
