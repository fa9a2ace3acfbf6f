import EventContracts
import Foundation
import GRDB
import ServiceKit

/// Assessment's own copy of a listener, from enrolment's events. Their results are their
/// attempts' (`Attempt`).
public struct AssessedListener: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public var id: String
    /// The candidate's id at intake; nil for a listener copied before assessment kept it.
    public var candidateId: String?
    public var fullName: String
    public var programmeCode: String
    /// The group they study in now (after a transfer, the new one, 7.4.3).
    public var groupId: String
    public var admittedAt: Date
    /// The day enrolment expelled the listener (7.5): from then on they are neither graded nor pass.
    public var expelledOn: CalendarDate?
    /// The day their course was interrupted (7.4.4), until they resume in another group.
    public var interruptedOn: CalendarDate?

    public static let databaseTableName = "listener"
}

extension AssessedListener {
    static func existing(_ id: String, in db: Database) throws -> AssessedListener {
        guard let listener = try AssessedListener.fetchOne(db, key: id) else { throw NotFound(StoreText.noListener) }
        return listener
    }

    /// The listeners assessed with a group: those studying in it now, and those reassessed
    /// with it though it is not theirs (7.4.2), by name.
    static func assessed(with groupId: String, in db: Database) throws -> [AssessedListener] {
        try AssessedListener.filter(Column("groupId") == groupId || Attempt.reassessed(with: groupId).contains(Column("id")))
            .order(Column("fullName"), Column("id")).fetchAll(db)
    }
}
