import EventContracts
import Foundation
import GRDB
import Hummingbird

/// A professional-community event the centre runs (8.4.3): a contest, a conference, a
/// seminar, a round table. Each teacher who took part has it counted in their plan.
public struct CommunityEvent: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case contest, conference, seminar
        case roundTable = "round-table"
        case other
    }

    public var id: String
    public var kind: Kind
    public var title: String
    public var heldOn: CalendarDate
    public var mode: ActivityMode
    /// The event's programme: what was on it.
    public var agenda: String
    public var outcomes: String?
    /// Those who took part without a plan here (teachers from elsewhere, guests).
    public var otherParticipants: Int
    public var recordedBy: String
    public var recordedAt: Date

    public static let databaseTableName = "communityEvent"
}

/// A teacher's part in an event, through their plan.
struct Participation: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    var eventId: String
    var planId: String

    static let databaseTableName = "participation"
}
