import Foundation

/// Synchronous, single-threaded access to the broker for tools and tests: declare a topology,
/// count and drain queues, publish a raw message. Each call opens and closes its own
/// connection, so it never shares a rabbitmq-c handle with a running service.
public struct BrokerInspector: Sendable {
    private let settings: BrokerSettings

    public init(settings: BrokerSettings) { self.settings = settings }

    public func declare(_ topology: Topology) throws {
        let connection = try AMQPConnection(settings: settings)
        try topology.declare(on: connection)
    }

    public func readyCount(queue: String) throws -> Int {
        try AMQPConnection(settings: settings).messageCount(queue: queue)
    }

    /// Takes every ready message from `queue`, acknowledging each.
    public func drain(queue: String) throws -> [Delivery] {
        let connection = try AMQPConnection(settings: settings)
        var deliveries: [Delivery] = []
        while let delivery = try connection.get(queue: queue) {
            try connection.ack(delivery.tag, multiple: false)
            deliveries.append(delivery)
        }
        return deliveries
    }

    /// Publishes messages with confirms and waits for them.
    public func publish(_ messages: [OutgoingMessage]) throws {
        let connection = try AMQPConnection(settings: settings)
        try connection.enableConfirms()
        var first: UInt64 = 0
        var last: UInt64 = 0
        for message in messages {
            last = try connection.publish(message)
            if first == 0 { first = last }
        }
        guard first > 0 else { return }
        let refused = try connection.waitForConfirms(first...last, deadline: Date(timeIntervalSinceNow: 30))
        guard refused.isEmpty else { throw AMQPError("the broker refused \(refused.count) messages") }
    }
}
