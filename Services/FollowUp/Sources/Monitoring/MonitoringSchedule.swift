import EventContracts

/// When a programme's effectiveness is to be reviewed (8.4.4: at least once every three years),
/// as plain values.
enum MonitoringSchedule {
    static let cycleYears = 3

    enum State: String, Codable, Sendable, CaseIterable {
        /// Never reviewed: due now, by the third year after its approval.
        case neverReviewed = "never-reviewed"
        /// Reviewed, and the next review falls within the notice period.
        case dueSoon = "due-soon"
        /// Past the three years with no review.
        case overdue
        /// Reviewed, the next one further off than the notice period.
        case current
        /// No longer offered: not monitored.
        case retired
    }

    /// The last day of the three years, from the last review, or from the approval.
    static func dueOn(lastReviewedOn: CalendarDate?, approvedOn: CalendarDate) -> CalendarDate {
        (lastReviewedOn ?? approvedOn).adding(years: cycleYears)
    }

    static func state(lastReviewedOn: CalendarDate?, approvedOn: CalendarDate, retired: Bool, today: CalendarDate,
                      noticeDays: Int) -> State {
        if retired { return .retired }
        let due = dueOn(lastReviewedOn: lastReviewedOn, approvedOn: approvedOn)
        if due < today { return .overdue }
        if lastReviewedOn == nil { return .neverReviewed }
        return today >= due.adding(days: -noticeDays) ? .dueSoon : .current
    }

    /// Whether a review is to be announced as due: never reviewed, due soon, or overdue.
    static func isDue(_ state: State) -> Bool {
        state == .neverReviewed || state == .dueSoon || state == .overdue
    }
}
