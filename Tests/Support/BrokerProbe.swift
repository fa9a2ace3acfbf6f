import Foundation
import Messaging

/// Reads a queue's depth and drains it, for assertions about what reached the broker.
public enum BrokerProbe {
    /// Messages ready in `queue` (not delivered to any consumer).
    public static func readyCount(_ queue: String, settings: BrokerSettings) throws -> Int {
        try BrokerInspector(settings: settings).readyCount(queue: queue)
    }

    /// Takes every message from `queue`, acknowledging each.
    public static func drain(_ queue: String, settings: BrokerSettings) throws -> [Delivery] {
        try BrokerInspector(settings: settings).drain(queue: queue)
    }
}
