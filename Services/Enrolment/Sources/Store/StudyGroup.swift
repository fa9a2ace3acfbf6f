import EventContracts
import Foundation
import GRDB
import Hummingbird
import ServiceKit
import Storage

/// A group of listeners studying one programme together (regulation 4.2), planned in a stream
/// of the annual schedule (4.4).
public struct StudyGroup: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord, ResponseEncodable {
    public var id: String
    public var code: String
    public var programmeCode: String
    public var createdAt: Date
    /// The stream it belongs to; none for a group enrolment opened by itself before groups were
    /// planned (such groups take no one new).
    public var streamId: String?
    public var language: Language?
    public var form: StudyForm?
    /// How many listeners it takes (4.2); none for a group opened before groups were planned.
    public var capacity: Int?
    /// Once the course has ended.
    public var completedOn: CalendarDate?

    public static let databaseTableName = "group"
}

extension StudyGroup {
    static func existing(_ id: String, in db: Database) throws -> StudyGroup {
        guard let group = try StudyGroup.fetchOne(db, key: id) else { throw NotFound(StoreText.noGroup) }
        return group
    }

    /// How many places are free: the capacity less the listeners studying in it. A group
    /// without a capacity has no limit.
    func freePlaces(in db: Database) throws -> Int {
        guard let capacity else { return .max }
        let taken = try Listener.filter(Column("groupId") == id && Column("status") == Listener.Status.studying.rawValue).fetchCount(db)
        return capacity - taken
    }

    func stream(in db: Database) throws -> Stream? {
        try streamId.flatMap { try Stream.fetchOne(db, key: $0) }
    }

    /// The planned groups of the programme and language whose course has not ended, the
    /// earliest stream first. A group whose stream is over by `today` takes no one, though
    /// staff have not yet recorded its end; nor does a retired programme's: no admission order
    /// could be issued for them (4.8).
    static func open(programmeCode: String, language: Language, today: CalendarDate, in db: Database) throws -> [StudyGroup] {
        try StudyGroup.fetchAll(db, sql: """
            SELECT g.* FROM "group" g JOIN stream s ON s.id = g.streamId JOIN programme p ON p.code = g.programmeCode
            WHERE g.completedOn IS NULL AND g.programmeCode = ? AND g.language = ? AND p.status = ? AND s.endsOn >= ?
            ORDER BY s.startsOn, g.code
            """, arguments: [programmeCode, language, Programme.Status.approved.rawValue, today])
    }
}

extension StudyGroup {
    /// Groups by code: one stream's, or all.
    static func list(streamId: String?, in db: Database) throws -> [StudyGroup] {
        var query = StudyGroup.order(Column("code"))
        if let streamId { query = query.filter(Column("streamId") == streamId) }
        return try query.fetchListing(db)
    }
}
