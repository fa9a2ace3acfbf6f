import EventContracts
import Foundation
import GRDB
import Hummingbird
import ServiceKit

/// A payment document handed in against a contract (6.4): number, date, amount, the payer's
/// name and the course's name as the document states them.
public struct Payment: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public var id: String
    public var contractId: String
    public var number: String
    public var paidOn: CalendarDate
    public var amountTiyn: Int
    public var payerName: String
    public var courseName: String
    public var recordedBy: String
    public var createdAt: Date

    public static let databaseTableName = "payment"
}
