import EventContracts
import ServiceKit

/// An expulsion as staff record it (7.5): the breach of the contract and the order's date.
public struct ExpulsionForm: Codable, Sendable {
    /// `unpaid`, `study-plan-not-followed` or `rules-broken`.
    public var reason: String?
    public var orderDate: String?

    func validated() throws -> (reason: ListenerDismissed.Reason, orderDate: String) {
        var check = FieldValidator()
        let reason = check.choice(reason, "reason", ListenerDismissed.Reason.self)
        let orderDate = check.dateText(orderDate, "orderDate")
        try check.validate()
        return (reason!, orderDate!)
    }
}
