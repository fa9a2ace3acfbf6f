import Foundation
import GRDB
import Logging
import Metrics
import ServiceLifecycle

/// Consumes a service's queue into its database. Each batch of deliveries is handled in one
/// transaction, each event in its own savepoint, and acknowledged only after the commit. An
/// event whose handler fails is retried on its own with backoff; one that keeps failing, or
/// that cannot be read at all, is parked with its error and the rest keep flowing.
public struct InboxConsumer: Service {
    public struct RetryPolicy: Sendable {
        public var attempts: Int
        public var initialDelay: Double
        public init(attempts: Int = 4, initialDelay: Double = 0.05) {
            self.attempts = attempts
            self.initialDelay = initialDelay
        }
    }

    private let name: String
    private let database: any DatabaseWriter
    private let consumer: Consumer
    private let handlers: EventHandlers
    private let parking: Parking
    private let retry: RetryPolicy
    private let logger: Logger
    private let processed = Counter(label: "qadam_inbox_processed_total")
    private let duplicates = Counter(label: "qadam_inbox_duplicates_total")
    private let parked = Counter(label: "qadam_inbox_parked_total")

    public init(name: String, database: any DatabaseWriter, consumer: Consumer, handlers: EventHandlers,
                parking: Parking, retry: RetryPolicy = RetryPolicy(), logger: Logger) {
        self.name = name
        self.database = database
        self.consumer = consumer
        self.handlers = handlers
        self.parking = parking
        self.retry = retry
        self.logger = logger
    }

    /// Runs until graceful shutdown: the batch in hand is finished and acknowledged, then the
    /// connection closes and the broker requeues what was prefetched but not handled.
    public func run() async {
        consumer.start()
        for await batch in consumer.batches.cancelOnGracefulShutdown() {
            await handle(batch)
        }
        consumer.stop()
    }

    enum Outcome {
        case done
        case failed(any Error)
        case unreadable(any Error)
    }

    func handle(_ batch: [Delivery]) async {
        var outcomes = await commitBatch(batch)
        for index in batch.indices {
            switch outcomes[index] {
            case .done: continue
            case .failed(let error): outcomes[index] = await retryThenPark(batch[index], firstError: error)
            case .unreadable(let error): outcomes[index] = await park(batch[index], error: error, attempts: 1)
            }
        }
        settle(batch, outcomes)
    }

    private func commitBatch(_ batch: [Delivery]) async -> [Outcome] {
        // Decoded before the write: reading JSON needs no database, and the writer is one.
        let events = batch.map { delivery in Result { try ReceivedEvent(body: delivery.body) } }
        do {
            return try await database.write { db in
                events.map { event in outcome(of: event, in: db) }
            }
        } catch {
            return batch.map { _ in .failed(error) }
        }
    }

    /// Handles one event inside a savepoint, so that its failure undoes only its own effect.
    private func outcome(of decoded: Result<ReceivedEvent, any Error>, in db: Database) -> Outcome {
        let event: ReceivedEvent
        do { event = try decoded.get() } catch { return .unreadable(error) }
        do {
            var fresh = false
            try db.inSavepoint {
                fresh = try Inbox.process(event, consumer: name, in: db, handler: handlers.handler(for: event.envelope.type))
                return .commit
            }
            (fresh ? processed : duplicates).increment()
            logger.debug(fresh ? "event handled" : "event already handled; skipped", metadata: [
                "event-id": "\(event.envelope.id)", "type": "\(event.envelope.type)",
                "correlation-id": "\(event.envelope.correlationid)", "causation-id": "\(event.envelope.causationid ?? "-")",
            ])
            return .done
        } catch {
            return .failed(error)
        }
    }

    private func retryThenPark(_ delivery: Delivery, firstError: any Error) async -> Outcome {
        var backoff = Backoff(initial: retry.initialDelay, maximum: 5)
        var lastError = firstError
        for _ in 1..<max(retry.attempts, 1) {
            try? await Task.sleep(for: .seconds(backoff.next()))
            let outcome = await commitBatch([delivery])[0]
            guard case .failed(let error) = outcome else { return outcome }
            lastError = error
        }
        return await park(delivery, error: lastError, attempts: retry.attempts)
    }

    private func park(_ delivery: Delivery, error: any Error, attempts: Int) async -> Outcome {
        logger.error("parking a message that keeps failing", metadata: [
            "event-id": "\(delivery.messageId ?? "?")", "type": "\(delivery.type ?? "?")", "error": "\(error)",
        ])
        do {
            try await parking.park(delivery, error: "\(error)", attempts: attempts)
            parked.increment()
            return .done
        } catch {
            // The broker is unreachable: leave the delivery unacknowledged; it comes back.
            return .failed(error)
        }
    }

    private func settle(_ batch: [Delivery], _ outcomes: [Outcome]) {
        let settled = outcomes.map { if case .done = $0 { true } else { false } }
        if settled.allSatisfy({ $0 }), let last = batch.last {
            consumer.ack(last, multiple: true)
        } else {
            for (delivery, done) in zip(batch, settled) where done { consumer.ack(delivery) }
        }
    }
}
