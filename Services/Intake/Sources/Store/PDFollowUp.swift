import EventContracts
import GRDB

/// A candidate's year of follow-up after the course (8.2), as follow-up announced it.
struct PDFollowUp: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    /// What was done in the plan, counted when it closed.
    struct Activity: Codable, Sendable, Equatable {
        var consultations: Int
        var publications: Int
        var published: Int
        var participations: Int
    }

    var planId: String
    var candidateId: String
    var certificateId: String
    var startsOn: CalendarDate
    var endsOn: CalendarDate
    var closedOn: CalendarDate?
    var closeReason: FollowUpPlanClosed.Reason?
    var activity: Activity?

    static let databaseTableName = "pdFollowUp"
}
