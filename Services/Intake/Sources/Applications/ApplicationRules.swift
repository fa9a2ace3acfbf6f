import ServiceKit

/// What an individual application may name (4.1, 4.8, 7.5).
enum ApplicationRules {
    enum Refusal: RuleRefusal {
        case unknownOrganisation
        /// 7.5: the employer is notified of an expulsion; with no registered organisation, the
        /// application names where.
        case employerEmailRequired
        case programmeNotOffered

        var clause: String? {
            switch self {
            case .unknownOrganisation: "4.1"
            case .employerEmailRequired: "7.5"
            case .programmeNotOffered: "4.8"
            }
        }
    }
}
