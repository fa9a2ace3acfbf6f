import EventContracts
import Foundation
import GRDB
import Hummingbird
import ServiceKit
import Storage

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

    /// The stream as the events that name a group carry it.
    var announced: StreamDates { StreamDates(streamId: id, startsOn: startsOn, endsOn: endsOn) }
}

extension Stream {
    static func existing(_ id: String, in db: Database) throws -> Stream {
        guard let stream = try Stream.fetchOne(db, key: id) else { throw NotFound(StoreText.noStream) }
        return stream
    }
}

extension Stream {
    /// Streams in the order they start: one year's, or all.
    static func list(year: Int?, in db: Database) throws -> [Stream] {
        var query = Stream.order(Column("startsOn"))
        if let year { query = query.filter(Column("year") == year) }
        return try query.fetchListing(db)
    }
}
