import EventContracts
import ServiceKit

/// The contract and payment rules of regulation 6.3–6.4, as plain values. Money is in tiyn.
enum ContractRules {
    enum Refusal: RuleRefusal {
        /// A listener signs one contract.
        case exists
        /// 1.9: a budget-funded listener pays nothing; anyone else pays something.
        case budgetPaysNothing
        case priceRequired
        case positivePrice
        /// A payment document is recorded once.
        case duplicatePayment
        /// No more is paid than is owed.
        case moreThanOwed(balance: Int)

        var clause: String? {
            switch self {
            case .exists: "6.3"
            case .budgetPaysNothing, .priceRequired, .positivePrice: "1.9"
            case .duplicatePayment, .moreThanOwed: "6.4"
            }
        }
    }

    /// What is still owed: never below zero.
    static func balance(price: Int, paid: Int) -> Int { max(0, price - paid) }

    /// The price a contract carries: nothing when the budget pays (1.9), otherwise more than
    /// nothing; a budget contract given no price costs nothing.
    static func price(_ price: Int?, funding: Funding) -> (price: Int?, refusals: [Refusal]) {
        switch (funding, price) {
        case (.budget, nil), (.budget, 0): (0, [])
        case (.budget, _): (nil, [.budgetPaysNothing])
        case (_, nil): (nil, [.priceRequired])
        case (_, let price?) where price <= 0: (nil, [.positivePrice])
        case (_, let price?): (price, [])
        }
    }

    /// 6.4: a payment document against a contract that leaves `balance` owed.
    static func paymentRefusals(number: String, amount: Int, balance: Int, recorded numbers: Set<String>) -> [Refusal] {
        var refusals: [Refusal] = []
        if numbers.contains(number) { refusals.append(.duplicatePayment) }
        if amount > balance { refusals.append(.moreThanOwed(balance: balance)) }
        return refusals
    }
}
