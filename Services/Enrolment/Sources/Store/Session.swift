import EventContracts
import Foundation
import GRDB
import Hummingbird
import ServiceKit

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
