import EventContracts
import Foundation
import GRDB
import ServiceKit
import Storage

/// A listener's contract and the payment documents against it (6.3–6.4).
enum Contracts {
    static func record(for listenerId: String, number: String, signedOn: CalendarDate, price: Int?, in db: Database) throws -> ContractView {
        let listener = try Listener.existing(listenerId, in: db)
        guard try ContractView.find(listener: listener.id, in: db) == nil else { throw ContractRules.Refusal.exists }
        let (priceTiyn, refusals) = ContractRules.price(price, funding: listener.funding)
        guard let priceTiyn else { throw Refusals(refusals) }
        let contract = Contract(id: RecordID.new(), listenerId: listener.id, number: number, signedOn: signedOn,
                                funding: listener.funding, priceTiyn: priceTiyn, createdAt: Date())
        try contract.insert(db)
        return ContractView(contract, payments: [])
    }

    static func pay(for listenerId: String, _ payment: PaymentForm.Valid, by recorder: Identity, in db: Database) throws -> ContractView {
        let current = try ContractView.existing(listener: listenerId, in: db)
        try Refusals.check(ContractRules.paymentRefusals(number: payment.number, amount: payment.amountTiyn,
                                                         balance: current.balanceTiyn, recorded: Set(current.payments.map(\.number))))
        try Payment(id: RecordID.new(), contractId: current.contract.id, number: payment.number, paidOn: payment.paidOn,
                    amountTiyn: payment.amountTiyn, payerName: payment.payerName, courseName: payment.courseName,
                    recordedBy: recorder.subject, createdAt: Date()).insert(db)
        return try ContractView.existing(listener: listenerId, in: db)
    }
}
