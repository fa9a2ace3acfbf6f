import Foundation
import GRDB
import GRDBSQLite

/// The idempotent inbox: (consumer, event id) recorded in the same transaction as the effect.
/// An event seen before changes nothing, however often the broker delivers it.
public enum Inbox {
    /// Applies `event`'s effect once: returns false, changing nothing, if `consumer` had
    /// processed it already.
    @discardableResult
    public static func process(_ event: PreparedEvent, consumer: String, in db: Database, at time: Date = Date()) throws -> Bool {
        try Records(consumer: consumer, receivedAt: time, in: db).process(event)
    }

    /// The records one consumer adds to the inbox in one transaction, all received at one time.
    ///
    /// The insert is bound and stepped through SQLite's C API (`Statement.sqliteStatement`,
    /// GRDB's documented way to it). Why: it runs once for every event a service receives,
    /// and through `Statement.execute(arguments:)` the arguments' boxing, checking and binding
    /// took about as long as SQLite's own insert (`scripts/bench bus`, phase (d)). The
    /// consumer and the time are the same for the whole batch, so they are bound once; only
    /// the event's id and type are bound for each event. The statement is this batch's own,
    /// not GRDB's cached one, so that no other use of the same SQL can change those bindings.
    final class Records {
        private let db: Database
        /// GRDB's statement, which finalizes the SQLite one when it goes.
        private let prepared: Statement
        private var statement: SQLiteStatement { prepared.sqliteStatement }

        init(consumer: String, receivedAt: Date, in db: Database) throws {
            self.db = db
            prepared = try db.makeStatement(sql: """
                INSERT INTO inbox (consumer, eventId, type, receivedAt) VALUES (?, ?, ?, ?)
                ON CONFLICT (consumer, eventId) DO NOTHING
                """)
            try bind(consumer, at: 1)
            // The time in the form GRDB stores dates in, so that it reads back as a `Date`.
            guard case .string(let time) = receivedAt.databaseValue.storage else {
                preconditionFailure("GRDB stores a date as text")
            }
            try bind(time, at: 4)
        }

        /// Records `event` and applies its effect, unless it was recorded before: then returns
        /// false and changes nothing. Recording first, and ignoring a conflict, answers "seen
        /// before?" in the same statement. A handler that throws rolls the record back with
        /// its own effect, since both are in the caller's transaction.
        func process(_ event: PreparedEvent) throws -> Bool {
            guard try record(id: event.event.envelope.id, type: event.event.envelope.type) else { return false }
            try event.apply(in: db)
            return true
        }

        private func record(id: String, type: String) throws -> Bool {
            try bind(id, at: 2)
            try bind(type, at: 3)
            let code = sqlite3_step(statement)
            // The error is read before the reset, which makes the statement ready to run again.
            let failure = code == SQLITE_DONE ? nil : error(code)
            sqlite3_reset(statement)
            if let failure { throw failure }
            return sqlite3_changes(sqlite3_db_handle(statement)) > 0
        }

        /// Binds a copy of `text` (SQLite copies it), so that nothing depends on how long the
        /// caller's string lives.
        private func bind(_ text: String, at index: Int32) throws {
            let code = sqlite3_bind_text(statement, index, text, Int32(text.utf8.count), Self.transient)
            guard code == SQLITE_OK else { throw error(code) }
        }

        private func error(_ code: Int32) -> DatabaseError {
            DatabaseError(resultCode: ResultCode(rawValue: code),
                          message: String(cString: sqlite3_errmsg(sqlite3_db_handle(statement))),
                          sql: String(cString: sqlite3_sql(statement)))
        }

        /// SQLite's `SQLITE_TRANSIENT`, a macro Swift does not import: "copy the value now".
        private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
    }
}
