import Foundation
import GRDB
import Hummingbird

/// The listener's contract (regulation 6.3–6.4): its number and date, who pays, and the price
/// in tiyn. A budget-funded listener's contract costs the listener nothing.
public struct Contract: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public var id: String
    public var listenerId: String
    public var number: String
    /// `yyyy-MM-dd`
    public var signedOn: String
    /// `budget`, `employer` or `own`, as the listener was accepted.
    public var funding: String
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
    /// `yyyy-MM-dd`
    public var paidOn: String
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
        balanceTiyn = Contract.balance(price: contract.priceTiyn, paid: paidTiyn)
    }
}

extension Contract {
    /// What is still owed: never below zero.
    static func balance(price: Int, paid: Int) -> Int { max(0, price - paid) }

    /// The price a contract may carry: nothing when the budget pays (1.9), otherwise more than nothing.
    static func priceIsValid(_ price: Int, funding: String) -> Bool {
        funding == "budget" ? price == 0 : price > 0
    }
}
