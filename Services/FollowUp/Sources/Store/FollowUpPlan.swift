import EventContracts
import Foundation
import GRDB
import Hummingbird
import Storage

/// One certified teacher's year of follow-up.
public struct FollowUpPlan: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord, ResponseEncodable {
    public enum Status: String, Codable, Sendable, CaseIterable { case open, closed }

    public var id: String
    public var listenerId: String
    public var certificateId: String
    public var programmeCode: String
    public var startsOn: CalendarDate
    public var endsOn: CalendarDate
    public var status: Status

    public static let databaseTableName = "plan"
}

extension FollowUpPlan {
    /// Plans in the order they start: one listener's, or all.
    static func list(listenerId: String?, in db: Database) throws -> [FollowUpPlan] {
        var query = FollowUpPlan.all().order(Column("startsOn"))
        if let listenerId { query = query.filter(Column("listenerId") == listenerId) }
        return try query.fetchListing(db)
    }
}
