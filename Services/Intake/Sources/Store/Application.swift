import Foundation
import GRDB

/// An individual application and where its candidate is on the way to a certificate.
public struct Application: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    /// The statuses an organisation sees as its teacher moves on.
    public enum Status: String, Codable, Sendable, CaseIterable {
        case received, accepted, admitted
    }

    public var id: String
    public var fullName: String
    public var iin: String
    public var programmeCode: String
    public var employerEmail: String
    public var status: Status
    public var listenerId: String?
    public var submittedBy: String
    /// The organisation whose token submitted it; nil when the centre's staff did.
    public var organisationId: String?
    public var createdAt: Date
    public var updatedAt: Date

    public static let databaseTableName = "application"
}
