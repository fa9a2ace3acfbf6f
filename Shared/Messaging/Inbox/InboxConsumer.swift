import Foundation
import GRDB
import Logging
import Metrics
import ServiceLifecycle

/// Consumes a service's queue into its database. Each batch of deliveries is handled in one
/// transaction, or in several where its handlers take longer than `transactionBudget`, and
/// acknowledged only after the commit. An
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
    /// A transaction takes no further event once its handlers have worked this long (it always
    /// takes one); the rest of the batch follows in transactions of its own. Most handlers take
    /// microseconds, and a whole batch fits. Certification's renders a PDF, in milliseconds: a
    /// batch of a thousand passes in one transaction would hold the service's only writer for
    /// five seconds, every HTTP write waiting behind it, send none of the thousand events out
    /// until the end, and be undone whole by one handler that threw. A second, not less: each
    /// part is a commit, a publish and its confirms; with parts of 50 ms the broker took twice
    /// the CPU a certificate, and parts of 500 ms issued slower in three alternating rounds of
    /// five (docs/performance.md).
    private let transactionBudget: Duration
    private let logger: Logger
    private let processed = Counter(label: "qadam_inbox_processed_total")
    private let duplicates = Counter(label: "qadam_inbox_duplicates_total")
    private let parked = Counter(label: "qadam_inbox_parked_total")

    public init(name: String, database: any DatabaseWriter, consumer: Consumer, handlers: EventHandlers,
                parking: Parking, retry: RetryPolicy = RetryPolicy(), transactionBudget: Duration = .seconds(1),
                logger: Logger) {
        self.name = name
        self.database = database
        self.consumer = consumer
        self.handlers = handlers
        self.parking = parking
        self.retry = retry
        self.transactionBudget = transactionBudget
        self.logger = logger
    }

    /// Runs until graceful shutdown: the batch in hand is finished and acknowledged, then the
    /// connection closes and the broker requeues what was prefetched but not handled.
    ///
    /// Two stages, so that the cores work together: one reads each batch's JSON while the
    /// other commits the batch before it. The commit is the slower stage (the reading waits
    /// for it more than half the time), so the writer seldom waits for JSON.
    public func run() async {
        consumer.start()
        let prepared = BatchBuffer<Prepared>(maxBatch: consumer.maxBatch)
        await withDiscardingTaskGroup { group in
            group.addTask {
                for await batch in consumer.batches.cancelOnGracefulShutdown() {
                    prepared.append(await prepareAll(batch))
                }
                prepared.finish()
            }
            for await batch in prepared.batches { await handle(batch) }
        }
        consumer.stop()
    }

    /// A delivery read into an event, or the reason it cannot be. A class, because batches of
    /// them are mapped and sliced, and copying these large values showed in profiles.
    final class Prepared: Sendable {
        let delivery: Delivery
        let event: Result<PreparedEvent, any Error>

        init(delivery: Delivery, event: Result<PreparedEvent, any Error>) {
            self.delivery = delivery
            self.event = event
        }
    }

    /// Reads a large batch on every core, so that a batch is ready before the writer is.
    func prepareAll(_ batch: [Delivery]) async -> [Prepared] {
        let parts = min(Self.cores, batch.count / 32)
        guard parts > 1 else { return batch.map(prepare) }
        let size = (batch.count + parts - 1) / parts
        let slices = stride(from: 0, to: batch.count, by: size).map { batch[$0..<min($0 + size, batch.count)] }
        return await withTaskGroup(of: (Int, [Prepared]).self) { group in
            for (index, slice) in slices.enumerated() {
                group.addTask { (index, slice.map(prepare)) }
            }
            var parts = [[Prepared]](repeating: [], count: slices.count)
            for await (index, part) in group { parts[index] = part }
            return parts.flatMap { $0 }
        }
    }

    /// Read once: on Linux each read opens the cgroup's CPU files, which took 2 to 3% of the
    /// inbox's time when read for every batch.
    private static let cores = ProcessInfo.processInfo.activeProcessorCount

    func prepare(_ delivery: Delivery) -> Prepared {
        Prepared(delivery: delivery, event: Result { try handlers.prepare(delivery.body, type: delivery.type) })
    }

    enum Outcome {
        /// Committed: the effect applied (fresh) or skipped as seen before.
        case committed(fresh: Bool)
        case parked
        case failed(any Error)
        case unreadable(any Error)

        var isSettled: Bool {
            switch self {
            case .committed, .parked: true
            case .failed, .unreadable: false
            }
        }
    }

    func handle(_ batch: [Prepared]) async {
        var rest = batch[...]
        while !rest.isEmpty {
            rest = rest.dropFirst(await handle(part: rest))
        }
    }

    /// Commits as much of `batch` as fits the budget, then retries, parks and acknowledges
    /// that part. Returns how many deliveries the part held.
    private func handle(part batch: ArraySlice<Prepared>) async -> Int {
        var outcomes = await commit(batch.map(\.event))
        let batch = Array(batch.prefix(outcomes.count))
        let events = batch.map(\.event)
        for index in batch.indices {
            switch outcomes[index] {
            case .committed, .parked: continue
            case .failed(let error): outcomes[index] = await retryThenPark(batch[index], firstError: error)
            case .unreadable(let error): outcomes[index] = await park(batch[index].delivery, error: error, attempts: 1)
            }
        }
        for (event, outcome) in zip(events, outcomes) {
            if case .committed(let fresh) = outcome, case .success(let event) = event { record(event.event, fresh: fresh) }
        }
        settle(batch, outcomes)
        return batch.count
    }

    private func record(_ event: ReceivedEvent, fresh: Bool) {
        (fresh ? processed : duplicates).increment()
        logger.debug(fresh ? "event handled" : "event already handled; skipped", metadata: [
            "event-id": "\(event.envelope.id)", "type": "\(event.envelope.type)",
            "correlation-id": "\(event.envelope.correlationid)", "causation-id": "\(event.envelope.causationid ?? "-")",
        ])
    }

    /// Commits the events from the first in one transaction, as many as fit the budget: the
    /// outcomes are those of the events it took. Most batches succeed whole, so the first attempt
    /// runs without savepoints (they cost as much as a small handler). If any handler throws,
    /// that attempt is rolled back and the same events are redone with a savepoint around each,
    /// so that only the failing ones are undone.
    private func commit(_ events: [Result<PreparedEvent, any Error>]) async -> [Outcome] {
        let budget = transactionBudget
        do {
            return try await database.write { db in
                let records = try Inbox.Records(consumer: name, receivedAt: Date(), in: db)
                return try Self.withinBudget(budget, events) { event in try outcome(of: event, recordedIn: records) }
            }
        } catch {
            do {
                return try await database.write { db in
                    let records = try Inbox.Records(consumer: name, receivedAt: Date(), in: db)
                    return Self.withinBudget(budget, events) { event in isolatedOutcome(of: event, recordedIn: records, in: db) }
                }
            } catch {
                return events.map { _ in .failed(error) }
            }
        }
    }

    /// `outcome` of each event in turn, the first always, the next only while the time since
    /// the first began is within `budget`.
    private static func withinBudget(_ budget: Duration, _ events: [Result<PreparedEvent, any Error>],
                                     _ outcome: (Result<PreparedEvent, any Error>) throws -> Outcome) rethrows -> [Outcome] {
        let clock = ContinuousClock()
        let start = clock.now
        var outcomes: [Outcome] = []
        for event in events {
            if !outcomes.isEmpty && clock.now - start > budget { break }
            outcomes.append(try outcome(event))
        }
        return outcomes
    }

    private func isolatedOutcome(of event: Result<PreparedEvent, any Error>, recordedIn records: Inbox.Records,
                                 in db: Database) -> Outcome {
        var outcome = Outcome.committed(fresh: false)
        do {
            try db.inSavepoint {
                outcome = try self.outcome(of: event, recordedIn: records)
                return .commit
            }
            return outcome
        } catch {
            return .failed(error)
        }
    }

    /// Throws what the handler throws; an event that could not be read is left for parking.
    private func outcome(of prepared: Result<PreparedEvent, any Error>, recordedIn records: Inbox.Records) throws -> Outcome {
        let event: PreparedEvent
        do { event = try prepared.get() } catch { return .unreadable(error) }
        return .committed(fresh: try records.process(event))
    }

    private func retryThenPark(_ prepared: Prepared, firstError: any Error) async -> Outcome {
        var backoff = Backoff(initial: retry.initialDelay, maximum: 5)
        var lastError = firstError
        for _ in 1..<max(retry.attempts, 1) {
            // Shutting down: the event is not at fault, so it goes back to the queue unparked.
            guard !Task.isCancelled else { return .failed(lastError) }
            try? await Task.sleep(for: .seconds(backoff.next()))
            let outcome = await commit([prepared.event])[0]
            guard case .failed(let error) = outcome else { return outcome }
            lastError = error
        }
        guard !Task.isCancelled else { return .failed(lastError) }
        return await park(prepared.delivery, error: lastError, attempts: retry.attempts)
    }

    private func park(_ delivery: Delivery, error: any Error, attempts: Int) async -> Outcome {
        logger.error("parking a message that keeps failing", metadata: [
            "event-id": "\(delivery.messageId ?? "?")", "type": "\(delivery.type ?? "?")", "error": "\(error)",
        ])
        do {
            try await parking.park(delivery, error: "\(error)", attempts: attempts)
            parked.increment()
            return .parked
        } catch {
            // The broker is unreachable: leave the delivery unacknowledged; it comes back.
            return .failed(error)
        }
    }

    /// Acknowledges what was committed or parked. What was neither goes back to the queue
    /// at once: left unacknowledged, it would be covered by the next batch's acknowledgement
    /// of everything up to its last delivery, and lost.
    private func settle(_ batch: [Prepared], _ outcomes: [Outcome]) {
        if outcomes.allSatisfy(\.isSettled), let last = batch.last {
            consumer.ack(last.delivery, multiple: true)
        } else {
            for (prepared, outcome) in zip(batch, outcomes) {
                if outcome.isSettled {
                    consumer.ack(prepared.delivery)
                } else {
                    consumer.reject(prepared.delivery, requeue: true)
                }
            }
        }
    }
}
