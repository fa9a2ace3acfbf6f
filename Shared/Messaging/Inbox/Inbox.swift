import Foundation
import GRDB

/// The idempotent inbox: (consumer, event id) recorded in the same transaction as the effect.
/// An event seen before changes nothing, however often the broker delivers it.
///
/// The statements are the connection's cached, prepared ones: at thousands of events a second,
/// parsing this SQL for each event took about as long as the handlers themselves.
public enum Inbox {
    public static func hasProcessed(_ eventId: String, consumer: String, in db: Database) throws -> Bool {
        let statement = try db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM inbox WHERE consumer = ? AND eventId = ?)")
        return try Bool.fetchOne(statement, arguments: [consumer, eventId]) ?? false
    }

    public static func record(_ event: EventEnvelope, consumer: String, in db: Database, at time: Date = Date()) throws {
        let statement = try db.cachedStatement(sql: "INSERT INTO inbox (consumer, eventId, type, receivedAt) VALUES (?, ?, ?, ?)")
        try statement.execute(arguments: [consumer, event.id, event.type, time])
    }

    /// Applies `handler` to `event` once: returns false if it had been processed already.
    @discardableResult
    public static func process(_ event: ReceivedEvent, consumer: String, in db: Database,
                               handler: EventHandlers.Handler?) throws -> Bool {
        if try hasProcessed(event.envelope.id, consumer: consumer, in: db) { return false }
        try handler?(event, db)
        try record(event.envelope, consumer: consumer, in: db)
        return true
    }
}
