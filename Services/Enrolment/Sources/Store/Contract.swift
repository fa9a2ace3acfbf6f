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

/// A contract with its payments and what is still owed.
public struct ContractView: Codable, Sendable, Equatable, ResponseEncodable {
    public var contract: Contract
    public var payments: [Payment]
    public var paidTiyn: Int
    public var balanceTiyn: Int

    init(_ contract: Contract, payments: [Payment]) {
        self.contract = contract
        self.payments = payments
        paidTiyn = payments.reduce(0) { $0 + $1.amountTiyn }
        balanceTiyn = ContractRules.balance(price: contract.priceTiyn, paid: paidTiyn)
    }
}

extension ContractView {
    /// The listener's contract with its payments, if one was signed.
    static func find(listener id: String, in db: Database) throws -> ContractView? {
        guard let contract = try Contract.filter(Column("listenerId") == id).fetchOne(db) else { return nil }
        let payments = try Payment.filter(Column("contractId") == contract.id).order(Column("paidOn"), Column("createdAt")).fetchAll(db)
        return ContractView(contract, payments: payments)
    }

    static func existing(listener id: String, in db: Database) throws -> ContractView {
        guard let view = try find(listener: id, in: db) else { throw NotFound(StoreText.noContract) }
        return view
    }
}
