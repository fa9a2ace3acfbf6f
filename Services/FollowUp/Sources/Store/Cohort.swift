import EventContracts
import GRDB

/// One group of a programme, as enrolment announced it: the cohort a review's figures are
/// counted by (8.4.4). Its fields fill in as the events arrive, in whatever order.
struct Cohort: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    var groupId: String
    var programmeCode: String?
    var groupCode: String?
    var startsOn: CalendarDate?
    var completedOn: CalendarDate?

    static let databaseTableName = "cohort"
}

/// One listener's way through a programme: the group they are in now (a transfer moves them),
/// whether they left it and how, whether they finished it, and their latest result.
struct CohortListener: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    enum Result: String, Codable, Sendable { case passed, failed }

    var listenerId: String
    var candidateId: String?
    var groupId: String
    /// The day follow-up heard them join a group: admitted, or transferred in. Nil for a
    /// listener admitted before follow-up read admissions, whose later facts alone it has:
    /// such a listener is not counted, or their group would seem to have had only finishers.
    var joinedOn: CalendarDate?
    /// The day of the latest transfer or resumption, which set `groupId`.
    var movedOn: CalendarDate?
    var interruptedOn: CalendarDate?
    var expelledOn: CalendarDate?
    var withdrawnOn: CalendarDate?
    /// The group whose completion listed them among its finishers.
    var finishedGroupId: String?
    var result: Result?
    /// The assessment attempt `result` came from: a later attempt replaces an earlier one.
    var attempt: Int?
    /// The final assessment's letter (A to F) on a pass; nil on a pass/fail final, or a failure.
    var letter: String?
    /// The pass's score (0–100).
    var score: Int?
    var resultOn: CalendarDate?

    static let databaseTableName = "cohortListener"

    init(listenerId: String, groupId: String) {
        self.listenerId = listenerId
        self.groupId = groupId
    }
}
