/// The end of a group's course (4.4), as plain values.
enum CompletionRules {
    enum Refusal: Equatable, Error {
        case alreadyCompleted
        /// Nobody an order admitted still studies in the group: there is no one to finish it.
        case nobodyAdmitted
    }

    static func refusals(completed: Bool, finishers: Int) -> [Refusal] {
        if completed { return [.alreadyCompleted] }
        if finishers == 0 { return [.nobodyAdmitted] }
        return []
    }
}
