import EventContracts
import Foundation
import GRDB
import Hummingbird
import ServiceKit

/// An intake wave of the annual schedule (regulation 4.4): the dates within which its groups
/// study. A listener moves only to another stream of the same calendar year (7.4.3).
public struct Stream: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord, ResponseEncodable {
    public var id: String
    public var code: String
    /// The calendar year the stream lies in.
    public var year: Int
    /// Both days included.
    public var startsOn: CalendarDate
    public var endsOn: CalendarDate
    public var createdAt: Date

    public static let databaseTableName = "stream"

    var dates: ClosedRange<CalendarDate> { startsOn...endsOn }
}

extension Stream {
    static func existing(_ id: String, in db: Database) throws -> Stream {
        guard let stream = try Stream.fetchOne(db, key: id) else { throw NotFound(StoreText.noStream) }
        return stream
    }
}

/// One class of a group's timetable: a day, a start, a length in academic hours of 50 minutes.
public struct Session: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public var id: String
    public var groupId: String
    public var date: CalendarDate
    /// `HH:mm`, local time.
    public var startsAt: String
    public var academicHours: Int
    public var topic: String

    public static let databaseTableName = "session"
}

extension Session {
    /// The group's sessions in order.
    static func of(group groupId: String, in db: Database) throws -> [Session] {
        try Session.filter(Column("groupId") == groupId).order(Column("date"), Column("startsAt")).fetchAll(db)
    }
}
