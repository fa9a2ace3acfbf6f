import EventContracts
import ServiceKit

/// Regulation 7.5 as plain values: who may be expelled, and on which ground.
enum ExpulsionRules {
    enum Refusal: RuleRefusal {
        case alreadyExpelled
        /// Only a listener studying in a group is expelled: not one who withdrew or interrupted.
        case notStudying(Listener.Status)
        /// The expulsion order follows the order that placed the listener in the group.
        case notAdmittedByOrder
        /// 6.4: non-payment is a ground only while the contract leaves something owed.
        case nothingOwed

        var clause: String? {
            switch self {
            case .alreadyExpelled, .notStudying, .notAdmittedByOrder: "7.5"
            case .nothingOwed: "6.4"
            }
        }
    }

    /// Every reason `listener` may not be expelled on `ground`. `placedByOrder`: whether an
    /// order placed them in their group; `owed`: what their contract leaves unpaid, if they
    /// have one.
    static func refusals(_ listener: Listener, placedByOrder: Bool, ground: ExpulsionReason, owed: Int?) -> [Refusal] {
        switch listener.status {
        case .studying: break
        case .expelled: return [.alreadyExpelled]
        case .withdrawn, .interrupted: return [.notStudying(listener.status)]
        }
        if !placedByOrder { return [.notAdmittedByOrder] }
        if ground == .unpaid && (owed ?? 0) == 0 { return [.nothingOwed] }
        return []
    }
}
