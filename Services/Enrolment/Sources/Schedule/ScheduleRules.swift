/// What the annual schedule (4.4) refuses, beyond a form's own fields.
enum ScheduleRules {
    enum Refusal: Equatable, Error {
        case streamCodeTaken
        case groupCodeTaken
        case unknownStream
        /// 4.8: only an approved programme is taught.
        case programmeNotApproved
        /// Only a group planned in a stream has a timetable: the stream gives its dates.
        case notPlannedInStream
        case timetable(TimetableRules.Problem)
    }
}
