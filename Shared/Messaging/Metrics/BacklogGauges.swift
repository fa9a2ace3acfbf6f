import Foundation
import GRDB
import Logging
import Metrics
import ServiceLifecycle

/// What an operator watches of a service's messaging, every few seconds: the events waiting in
/// its outbox and the age of the oldest (the broker is down, or the relay is stuck), and the
/// messages its consumer gave up on and parked (to read and replay with `parked`).
///
/// `qadam_outbox_unsent_events`, `qadam_outbox_oldest_unsent_seconds` and
/// `qadam_parked_messages`, each with the service's name as `service`.
public struct BacklogGauges: Service {
    public struct Backlog: Sendable, Equatable {
        public var unsent: Int
        /// Seconds since the oldest unsent event was written; 0 with none.
        public var oldestUnsentAge: Double
        /// Nil when the service has no queue, or the broker did not answer.
        public var parked: Int?
    }

    private let database: any DatabaseReader
    private let publisher: Publisher
    private let parkingQueue: String?
    private let interval: Duration
    private let logger: Logger
    private let unsent: Gauge
    private let oldest: Gauge
    private let parked: Gauge

    public init(service: String, database: any DatabaseReader, publisher: Publisher, topology: Topology, logger: Logger,
                interval: Duration = .seconds(10)) {
        self.database = database
        self.publisher = publisher
        parkingQueue = topology.parkingQueue
        self.interval = interval
        self.logger = logger
        let dimensions = [("service", service)]
        unsent = Gauge(label: "qadam_outbox_unsent_events", dimensions: dimensions)
        oldest = Gauge(label: "qadam_outbox_oldest_unsent_seconds", dimensions: dimensions)
        parked = Gauge(label: "qadam_parked_messages", dimensions: dimensions)
    }

    public func run() async throws {
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            let backlog = await measure()
            unsent.record(backlog.unsent)
            oldest.record(backlog.oldestUnsentAge)
            if let count = backlog.parked { parked.record(count) }
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
        }
    }

    /// The backlog now. A database or broker that does not answer leaves its figure out, to
    /// be read again next time.
    public func measure(now: Date = Date()) async -> Backlog {
        var backlog = Backlog(unsent: 0, oldestUnsentAge: 0, parked: nil)
        do {
            let (count, first) = try await database.read { db -> (Int, Date?) in
                let row = try Row.fetchOne(db, sql: "SELECT COUNT(*) AS n, MIN(createdAt) AS first FROM outbox WHERE sentAt IS NULL")
                return (row?["n"] ?? 0, row?["first"])
            }
            backlog.unsent = count
            backlog.oldestUnsentAge = first.map { max(0, now.timeIntervalSince($0)) } ?? 0
        } catch {
            logger.debug("outbox backlog unreadable", metadata: ["error": "\(error)"])
        }
        if let parkingQueue {
            do { backlog.parked = try await publisher.messageCount(queue: parkingQueue) } catch {
                logger.debug("parking queue unreadable", metadata: ["error": "\(error)"])
            }
        }
        return backlog
    }
}
