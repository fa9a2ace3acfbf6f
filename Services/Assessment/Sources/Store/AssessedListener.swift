import EventContracts
import Foundation
import GRDB
import Hummingbird
import ServiceKit

/// Assessment's own copy of a listener, from enrolment's events, with the result of their
/// latest decided attempt.
public struct AssessedListener: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord, ResponseEncodable {
    public var id: String
    /// The candidate's id at intake; nil for a listener copied before assessment kept it.
    public var candidateId: String?
    public var fullName: String
    public var programmeCode: String
    /// The group they study in now (after a transfer, the new one, 7.4.3).
    public var groupId: String
    public var admittedAt: Date
    /// The latest decision: passed or failed, the weighted score, the day and who decided.
    public var finalResult: FinalResult?
    public var finalScore: Int?
    public var assessedOn: CalendarDate?
    public var assessedBy: String?
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

    /// The listeners studying in a group now, by name.
    static func inGroup(_ groupId: String, in db: Database) throws -> [AssessedListener] {
        try AssessedListener.filter(Column("groupId") == groupId).order(Column("fullName")).fetchAll(db)
    }
}
