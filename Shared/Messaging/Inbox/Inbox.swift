import Foundation
import GRDB

/// The idempotent inbox: (consumer, event id) recorded in the same transaction as the effect.
/// An event seen before changes nothing, however often the broker delivers it.
///
/// The statement is the connection's cached, prepared one: at thousands of events a second,
/// parsing this SQL for each event took about as long as the handlers themselves.
public enum Inbox {
    /// Applies `event`'s effect once: returns false, changing nothing, if `consumer` had
    /// processed it already.
    @discardableResult
    public static func process(_ event: PreparedEvent, consumer: String, in db: Database, at time: Date = Date()) throws -> Bool {
        try process(event, consumer: consumer, in: db, receivedAt: time.databaseValue)
    }

    /// As above, with the time already in its stored form: formatting a date costs as much as
    /// the insert, so a batch formats its one time once.
    static func process(_ event: PreparedEvent, consumer: String, in db: Database, receivedAt: DatabaseValue) throws -> Bool {
        // Recording first, and ignoring a conflict, answers "seen before?" in the same
        // statement. A handler that throws rolls the record back with its own effect.
        let statement = try db.cachedStatement(sql: """
            INSERT INTO inbox (consumer, eventId, type, receivedAt) VALUES (?, ?, ?, ?)
            ON CONFLICT (consumer, eventId) DO NOTHING
            """)
        try statement.execute(arguments: [consumer, event.event.envelope.id, event.event.envelope.type, receivedAt])
        guard db.changesCount > 0 else { return false }
        try event.apply?(db)
        return true
    }
}
