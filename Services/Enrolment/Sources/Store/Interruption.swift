import EventContracts
import Foundation
import GRDB
import Hummingbird

/// A listener's course broken off for a valid reason, on supporting documents (7.4.4), and,
/// once they return, where and by which order.
public struct Interruption: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord, ResponseEncodable {
    public var id: String
    public var listenerId: String
    /// The group the listener left.
    public var groupId: String
    public var reason: String
    /// The supporting documents, as their references: "Медицинская справка № 412 от 01.10.2026".
    public var documents: [String]
    /// The programme's modules completed before the interruption, not studied again.
    public var completedModules: [String]
    public var interruptedOn: CalendarDate
    public var recordedBy: String
    public var createdAt: Date
    /// Once the listener is reinstated.
    public var resumedOn: CalendarDate?
    public var resumedGroupId: String?
    public var reinstatementOrderId: String?

    public static let databaseTableName = "interruption"
}

extension Interruption {
    /// The interruption a listener has not yet returned from.
    static func open(of listenerId: String, in db: Database) throws -> Interruption? {
        try Interruption.filter(Column("listenerId") == listenerId && Column("resumedOn") == nil)
            .order(Column("createdAt").desc).fetchOne(db)
    }

    static func all(of listenerId: String, in db: Database) throws -> [Interruption] {
        try Interruption.filter(Column("listenerId") == listenerId).order(Column("createdAt")).fetchAll(db)
    }
}
