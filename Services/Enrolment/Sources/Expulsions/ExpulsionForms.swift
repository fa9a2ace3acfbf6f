import EventContracts
import ServiceKit

/// An expulsion as staff record it (7.5): the breach of the contract and the order's date.
struct ExpulsionForm: Form {
    var reason: String?
    var orderDate: String?

    func read(_ check: inout FieldValidator) -> (ground: ExpulsionReason, orderDate: CalendarDate)? {
        let ground = check.choice(reason, "reason", ExpulsionReason.self,
                                  description: "unpaid (6.4), study-plan-not-followed (6.5) or rules-broken (6.7)")
        let orderDate = check.date(orderDate, "orderDate")
        guard let ground, let orderDate else { return nil }
        return (ground, orderDate)
    }
}
