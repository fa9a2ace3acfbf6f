import Foundation
import Logging

/// Consumes one queue with manual acknowledgements and a prefetch, over its own connection.
/// Deliveries arrive as batches: everything that has arrived since the last batch was taken,
/// up to `maxBatch`, so that a consumer commits many effects in one transaction when busy.
public final class Consumer: Sendable {
    public var batches: Batches<Delivery> { buffer.batches }
    /// The most deliveries in one batch, and so in one of the inbox's transactions. A commit
    /// writes each page it changed whole, so larger batches write less per event; a batch of
    /// 1,000 commits in tens of milliseconds, which is as long as a request may wait for it.
    public let maxBatch: Int
    private let buffer: BatchBuffer<Delivery>
    private let owner: ConnectionOwner

    public init(settings: BrokerSettings, topology: Topology, status: BrokerStatus, logger: Logger,
                name: String = "consumer", maxBatch: Int = 1000) {
        guard let queue = topology.queue else { preconditionFailure("a consumer needs a service queue") }
        let buffer = BatchBuffer<Delivery>(maxBatch: maxBatch)
        self.buffer = buffer
        self.maxBatch = maxBatch
        let prefetch = settings.prefetch
        owner = ConnectionOwner(
            name: name, settings: settings, logger: logger, status: status,
            setup: { connection in
                try topology.declare(on: connection)
                try connection.consume(queue: queue, prefetch: prefetch)
            },
            reader: { connection, generation in
                // Bounded, so that acks queued meanwhile go out between reads.
                var read: [Delivery] = []
                while read.count < maxBatch, var delivery = try connection.nextDelivery() {
                    delivery.connection = generation
                    read.append(delivery)
                }
                buffer.append(read)
            }
        )
    }

    public func start() { owner.start() }

    /// Closes the connection; the broker requeues every delivery not yet acknowledged.
    public func stop() {
        owner.stop()
        buffer.finish()
    }

    /// Acknowledges `delivery` and, with `multiple`, every earlier one on the same connection.
    /// A delivery from a connection that has since been replaced is not acknowledged: the
    /// broker has already requeued it, and the idempotent inbox will skip it when it returns.
    public func ack(_ delivery: Delivery, multiple: Bool = false) {
        owner.enqueue { connection in
            guard let connection else { return }
            self.settle(delivery, on: connection) { try connection.ack(delivery.tag, multiple: multiple) }
        }
    }

    public func reject(_ delivery: Delivery, requeue: Bool) {
        owner.enqueue { connection in
            guard let connection else { return }
            self.settle(delivery, on: connection) { try connection.reject(delivery.tag, requeue: requeue) }
        }
    }

    /// For crash tests: drop the connection as a killed process would.
    public func simulateCrash() { owner.abandonConnection() }

    private func settle(_ delivery: Delivery, on connection: AMQPConnection, _ body: () throws -> Void) {
        guard delivery.connection == owner.generationOnOwnerThread else { return }
        try? body()
    }
}
