import EventContracts
import Foundation
import GRDB
import Hummingbird
import ServiceKit

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
