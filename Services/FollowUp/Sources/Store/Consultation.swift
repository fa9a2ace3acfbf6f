import EventContracts
import Foundation
import GRDB
import Hummingbird

/// Methodological or consulting help given to a teacher in their plan (8.4.1): with their
/// teaching, their research, or their reflective work.
public struct Consultation: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord, ResponseEncodable {
    public enum Help: String, Codable, Sendable, CaseIterable { case methodological, consulting }
    public enum Area: String, Codable, Sendable, CaseIterable { case teaching, research, reflective }

    public var id: String
    public var planId: String
    public var heldOn: CalendarDate
    public var topic: String
    public var help: Help
    public var area: Area
    public var mode: ActivityMode
    public var outcome: String
    public var recordedBy: String
    public var recordedAt: Date

    public static let databaseTableName = "consultation"
}

/// How an activity was held. Blended only for events: a consultation is one or the other.
public enum ActivityMode: String, Codable, Sendable, CaseIterable {
    case inPerson = "in-person"
    case online
    case blended
}
