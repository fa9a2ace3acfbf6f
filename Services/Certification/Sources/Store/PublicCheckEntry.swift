import Foundation
import GRDB
import Hummingbird

/// One public check, for the registry's owner: when, how, from where, and what it found. The
/// client's address is kept for tracing abuse (a script walking the registry), and is shown
/// only to the office.
public struct PublicCheckEntry: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord, ResponseEncodable {
    public var id: String
    public var checkedAt: Date
    public var way: PublicChecks.Way
    /// The certificate found; nil when the check found none.
    public var certificateId: String?
    public var registrationNumber: String?
    public var client: String

    public static let databaseTableName = "publicCheck"
}
