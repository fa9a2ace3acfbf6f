import GRDB

/// A trainer enrolment assigned to a group: they grade its listeners (regulation 5, 6.6).
struct GroupTrainer: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    var groupId: String
    var trainerId: String
    var fullName: String

    static let databaseTableName = "groupTrainer"
}

extension GroupTrainer {
    /// The groups a trainer is assigned to.
    static func groupIds(of trainerId: String, in db: Database) throws -> Set<String> {
        Set(try GroupTrainer.filter(Column("trainerId") == trainerId).select(Column("groupId"), as: String.self).fetchAll(db))
    }
}
