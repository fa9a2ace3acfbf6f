import Foundation
import GRDB
import Logging
import Metrics
import ServiceLifecycle

/// Publishes the outbox in order, a window at a time, and marks events sent only once the
/// broker has confirmed them. A crash between the confirm and the mark sends the window again:
/// consumers' inboxes make that harmless. While the broker is down, events wait in SQLite.
public struct OutboxRelay: Service {
    private let database: any DatabaseWriter
    private let outbox: Outbox
    private let publisher: Publisher
    private let logger: Logger
    private let window: Int
    private let published = Counter(label: "qadam_outbox_published_total")

    public init(database: any DatabaseWriter, outbox: Outbox, publisher: Publisher, logger: Logger, window: Int = 1000) {
        self.database = database
        self.outbox = outbox
        self.publisher = publisher
        self.logger = logger
        self.window = window
    }

    public func run() async {
        publisher.start()
        let signal = outbox.signal
        await withTaskGroup(of: Void.self) { group in
            // A poll as well as the commit signal: events written by another process (a
            // command-line tool) or left unsent by a failure still leave within a second.
            group.addTask {
                while !Task.isCancelled {
                    signal.notify()
                    try? await Task.sleep(for: .seconds(1))
                }
            }
            var backoff = Backoff(initial: 0.1, maximum: 5)
            for await _ in signal.wakeUps.cancelOnGracefulShutdown() {
                do {
                    while try await relayOnce() > 0 {}
                    backoff.reset()
                } catch {
                    logger.warning("outbox relay could not publish; will retry", metadata: ["error": "\(error)"])
                    try? await Task.sleep(for: .seconds(backoff.next()))
                }
            }
            group.cancelAll()
        }
        publisher.stop()
    }

    /// Publishes one window of unsent events; returns how many were sent.
    @discardableResult
    public func relayOnce() async throws -> Int {
        // The rows become messages inside the read: rows are not `Sendable`, and with them as
        // its result the read would be GRDB's blocking one, holding a thread of the task pool.
        let (exchange, service) = (outbox.exchange, outbox.service)
        let batch = try await database.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT sequence, eventId, type, routingKey, correlationId, body FROM outbox
                WHERE sentAt IS NULL ORDER BY sequence LIMIT ?
                """, arguments: [window])
            let last: Int64? = rows.last?["sequence"]
            return (last: last, messages: rows.map { row in
                OutgoingMessage(exchange: exchange, routingKey: row["routingKey"], id: row["eventId"], type: row["type"],
                                appId: service, correlationId: row["correlationId"], body: row["body"])
            })
        }
        guard let last = batch.last else { return 0 }
        let messages = batch.messages
        do {
            try await publisher.publish(messages)
        } catch {
            try? await database.write { db in
                try db.execute(sql: """
                    UPDATE outbox SET attempts = attempts + 1, lastError = ? WHERE sentAt IS NULL AND sequence <= ?
                    """, arguments: ["\(error)", last])
            }
            throw error
        }
        // Writes are serialised, so every unsent row up to `last` is one we just published.
        try await database.write { db in
            try db.execute(sql: "UPDATE outbox SET sentAt = ? WHERE sentAt IS NULL AND sequence <= ?", arguments: [Date(), last])
        }
        published.increment(by: messages.count)
        return messages.count
    }
}
