import GRDB

/// A trainer enrolment assigned to a group: they grade its listeners (regulation 5, 6.6).
struct GroupTrainer: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    var groupId: String
    var trainerId: String
    var fullName: String

    static let databaseTableName = "groupTrainer"
}
