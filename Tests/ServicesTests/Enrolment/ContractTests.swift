import EventContracts
@testable import EnrolmentService
import Foundation
import Hummingbird
import HummingbirdTesting
import ServiceKit
import Testing

@Suite("Contracts and payments (regulation 6.3–6.4)")
struct ContractTests {
    @Test("the balance is the price less the payments, never below zero")
    func balance() {
        #expect(ContractRules.balance(price: 12_500_000, paid: 5_000_000) == 7_500_000)
        #expect(ContractRules.balance(price: 100, paid: 100) == 0)
        #expect(ContractRules.balance(price: 0, paid: 0) == 0)
    }

    @Test("a budget listener's price is nothing; anyone else's is more than nothing")
    func prices() {
        #expect(ContractRules.price(0, funding: .budget) == (0, []))
        #expect(ContractRules.price(nil, funding: .budget) == (0, []))
        #expect(ContractRules.price(100, funding: .budget) == (nil, [.budgetPaysNothing]))
        #expect(ContractRules.price(0, funding: .employer) == (nil, [.positivePrice]))
        #expect(ContractRules.price(nil, funding: .employer) == (nil, [.priceRequired]))
        #expect(ContractRules.price(9_000_000, funding: .own) == (9_000_000, []))
    }

    @Test("amounts read as documents write them")
    func tenge() {
        #expect(Money.tenge(12_500_050) == "125000,50")
        #expect(Money.tenge(7) == "0,07")
    }

    /// The group of two from the order tests: the budget listener first, the employer-paid one second.
    static func listeners() async throws -> (ServiceHarness<EnrolmentService>, budget: String, paid: String) {
        let (harness, _) = try await EnrolmentFixtures.groupOfTwo()
        let ids = try await harness.database.read { db in
            try String.fetchAll(db, sql: "SELECT id FROM listener ORDER BY funding")
        }
        return (harness, ids[0], ids[1])
    }

    @Test("payments are recorded against the contract with the balance; more than is owed, or the same document twice, is refused")
    func payments() async throws {
        let (harness, _, paid) = try await Self.listeners()
        let token = try await harness.token(.operator)
        let signed = try await harness.send(.put, "/v1/listeners/\(paid)/contract",
                                                         ["number": "Д-2026/114", "signedOn": "2026-09-01", "priceTiyn": 12_000_000],
                                                         token: token)
        #expect(signed.status == .created)
        #expect(try signed.json(ContractView.self).balanceTiyn == 12_000_000)
        #expect(try await harness.send(.put, "/v1/listeners/\(paid)/contract",
                                                    ["number": "Д-2", "signedOn": "2026-09-01", "priceTiyn": 1], token: token).status == .conflict)

        let payment: [String: any Sendable] = ["number": "ПП-881", "paidOn": "2026-09-03", "amountTiyn": 5_000_000,
                                               "payerName": "Иванова Мария Петровна", "courseName": "Исследовательский подход"]
        let first = try await harness.send(.post, "/v1/listeners/\(paid)/payments", payment, token: token)
        #expect(first.status == .created)
        let view = try first.json(ContractView.self)
        #expect(view.paidTiyn == 5_000_000)
        #expect(view.balanceTiyn == 7_000_000)

        let twice = try await harness.send(.post, "/v1/listeners/\(paid)/payments", payment, token: token)
        #expect(try twice.problem().errors?.map(\.field) == ["number"])
        var tooMuch = payment
        tooMuch["number"] = "ПП-882"
        tooMuch["amountTiyn"] = 7_000_001
        let over = try await harness.send(.post, "/v1/listeners/\(paid)/payments", tooMuch, token: token)
        #expect(try over.problem().errors?.first?.message == "Больше долга: осталось 70000,00 ₸")
        let read = try await harness.send(.get, "/v1/listeners/\(paid)/contract", token: try await harness.token(.rector))
        #expect(try read.json(ContractView.self).payments.map(\.number) == ["ПП-881"])
    }

    @Test("a budget listener's contract costs nothing and takes no payment")
    func budgetOwesNothing() async throws {
        let (harness, budget, _) = try await Self.listeners()
        let token = try await harness.token(.admin)
        let priced = try await harness.send(.put, "/v1/listeners/\(budget)/contract",
                                                         ["number": "Д-1", "signedOn": "2026-09-01", "priceTiyn": 100], token: token)
        #expect(try priced.problem().errors?.map(\.field) == ["priceTiyn"])
        let signed = try await harness.send(.put, "/v1/listeners/\(budget)/contract",
                                                         ["number": "Д-1", "signedOn": "2026-09-01"], token: token)
        let view = try signed.json(ContractView.self)
        #expect(view.contract.priceTiyn == 0)
        #expect(view.balanceTiyn == 0)
        let payment = try await harness.send(.post, "/v1/listeners/\(budget)/payments", [
            "number": "ПП-1", "paidOn": "2026-09-03", "amountTiyn": 100, "payerName": "X", "courseName": "Y",
        ], token: token)
        #expect(payment.status == .unprocessableContent)
        #expect(try await harness.count("payment") == 0)
    }
}
