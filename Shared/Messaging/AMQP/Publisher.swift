import Foundation
import Logging

/// Publishes with publisher confirms over its own connection. A batch is sent as one window:
/// every message written, then the confirms read, so the round trip is paid once per batch.
/// `publish` returns only when the broker has confirmed every message of the batch, and
/// throws otherwise; the caller (the outbox relay) then tries the whole batch again later.
public final class Publisher: Sendable {
    private let owner: ConnectionOwner
    private let confirmTimeout: TimeInterval

    public init(settings: BrokerSettings, topology: Topology, status: BrokerStatus, logger: Logger,
                name: String = "publisher", confirmTimeout: TimeInterval = 30) {
        self.confirmTimeout = confirmTimeout
        owner = ConnectionOwner(
            name: name, settings: settings, logger: logger, status: status,
            setup: { connection in
                try topology.declare(on: connection)
                try connection.enableConfirms()
            },
            reader: { connection, _ in try connection.pump() }
        )
    }

    public func start() { owner.start() }
    public func stop() { owner.stop() }

    public func publish(_ messages: [OutgoingMessage]) async throws {
        guard !messages.isEmpty else { return }
        let timeout = confirmTimeout
        try await owner.perform { connection, _ in
            var first: UInt64 = 0
            var last: UInt64 = 0
            for message in messages {
                last = try connection.publish(message)
                if first == 0 { first = last }
            }
            let refused = try connection.waitForConfirms(first...last, deadline: Date(timeIntervalSinceNow: timeout))
            if !refused.isEmpty { throw AMQPError("the broker refused \(refused.count) of \(messages.count) messages") }
        }
    }

    /// How many messages wait in `queue` (one the topology declares).
    public func messageCount(queue: String) async throws -> Int {
        try await owner.perform { connection, _ in try connection.messageCount(queue: queue) }
    }
}
