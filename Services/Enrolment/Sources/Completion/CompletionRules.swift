import ServiceKit

/// The end of a group's course (4.4), as plain values.
enum CompletionRules {
    enum Refusal: RuleRefusal {
        case alreadyCompleted
        /// Nobody an order admitted still studies in the group: there is no one to finish it.
        case nobodyAdmitted

        /// A course ends on the annual schedule's terms (4.4), for those an order admitted (4.3).
        var clause: String? {
            switch self {
            case .alreadyCompleted: "4.4"
            case .nobodyAdmitted: "4.3"
            }
        }
    }

    static func refusals(completed: Bool, finishers: Int) -> [Refusal] {
        if completed { return [.alreadyCompleted] }
        if finishers == 0 { return [.nobodyAdmitted] }
        return []
    }
}
