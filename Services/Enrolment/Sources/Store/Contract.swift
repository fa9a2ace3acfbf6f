import EventContracts
import Foundation
import GRDB
import Hummingbird
import ServiceKit

/// The listener's contract (regulation 6.3–6.4): its number and date, who pays, and the price
/// in tiyn. A budget-funded listener's contract costs the listener nothing.
public struct Contract: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public var id: String
    public var listenerId: String
    public var number: String
    public var signedOn: CalendarDate
    /// As the listener was accepted.
    public var funding: Funding
    /// Tiyn (1/100 of a tenge); 0 when the budget pays.
    public var priceTiyn: Int
    public var createdAt: Date

    public static let databaseTableName = "contract"
}
