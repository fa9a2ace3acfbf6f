import ServiceKit

/// What the annual schedule (4.4) refuses, beyond a form's own fields.
enum ScheduleRules {
    enum Refusal: RuleRefusal {
        case streamCodeTaken
        case groupCodeTaken
        case unknownStream
        /// 4.8: only an approved programme is taught.
        case programmeNotApproved
        /// Only a group planned in a stream has a timetable: the stream gives its dates.
        case notPlannedInStream
        case timetable(TimetableRules.Problem)

        /// Codes are the system's own keys; the rest is the annual schedule's (4.4), and the
        /// programme's approval (4.8).
        var clause: String? {
            switch self {
            case .streamCodeTaken, .groupCodeTaken: nil
            case .programmeNotApproved: "4.8"
            case .unknownStream, .notPlannedInStream, .timetable: "4.4"
            }
        }
    }
}
