import Foundation
import GRDB
import Hummingbird

/// An intake wave of the annual schedule (regulation 4.4): the dates within which its groups
/// study. A listener moves only to another stream of the same calendar year (7.4.3).
public struct Stream: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord, ResponseEncodable {
    public var id: String
    public var code: String
    public var year: Int
    /// `yyyy-MM-dd`, both days included.
    public var startsOn: String
    public var endsOn: String
    public var createdAt: Date

    public static let databaseTableName = "stream"
}

/// One class of a group's timetable: a day, a start, a length in academic hours of 50 minutes.
public struct Session: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public var id: String
    public var groupId: String
    /// `yyyy-MM-dd`
    public var date: String
    /// `HH:mm`, local time.
    public var startsAt: String
    public var academicHours: Int
    public var topic: String

    public static let databaseTableName = "session"

    /// `HH:mm` when the session ends.
    public var endsAt: String {
        let start = Timetable.minutes(startsAt) ?? 0
        let end = start + academicHours * AcademicHour.minutes
        return String(format: "%02d:%02d", end / 60, end % 60)
    }
}
