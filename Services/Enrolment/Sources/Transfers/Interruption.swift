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
    /// `yyyy-MM-dd`
    public var interruptedOn: String
    public var recordedBy: String
    public var createdAt: Date
    /// `yyyy-MM-dd`, once the listener is reinstated.
    public var resumedOn: String?
    public var resumedGroupId: String?
    public var reinstatementOrderId: String?

    public static let databaseTableName = "interruption"
}
