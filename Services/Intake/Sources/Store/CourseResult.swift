import EventContracts
import GRDB

/// What assessment announced of a candidate's course: the pass, its score and hours.
struct CourseResult: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    var candidateId: String
    var score: Int
    /// Nil from an assessment that announced only the first version of a pass.
    var totalHours: Int?
    var assessedOn: CalendarDate

    static let databaseTableName = "courseResult"
}
