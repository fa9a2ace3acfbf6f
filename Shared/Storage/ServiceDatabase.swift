import Foundation
import GRDB

/// Opens a service's own SQLite database: one `DatabasePool` in WAL mode, with the schema
/// brought up to date by the service's migrator before anything else touches it.
public enum ServiceDatabase {
    public static func open(path: String, migrator: DatabaseMigrator) throws -> DatabasePool {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let pool = try DatabasePool(path: path, configuration: configuration())
        try migrator.migrate(pool)
        return pool
    }

    /// The database at `path` as it is, for a command that only reads it (a backup): neither
    /// created nor migrated, so a mistyped path is an error and not a new, empty database, and
    /// an older executable cannot change the schema under a newer service.
    public static func existing(path: String) throws -> DatabasePool {
        guard FileManager.default.fileExists(atPath: path) else { throw DatabaseMissing(path: path) }
        return try DatabasePool(path: path, configuration: configuration())
    }

    public struct DatabaseMissing: Error, CustomStringConvertible {
        public var path: String
        public var description: String { "no database at \(path): check --database or DATABASE_PATH" }
    }

    /// Log pages past which the writer checkpoints by itself, inside a commit. Ten times
    /// SQLite's default: `Checkpointer` does this work in the background, and this is the
    /// backstop that keeps the log from growing past about 40 MB should it stop.
    public static let writerCheckpointPages = 10_000

    /// The settings every service shares. `synchronous = NORMAL` is durable across process
    /// crashes in WAL mode (only a power loss may drop the last transactions), which is the
    /// failure the outbox and inbox are designed around.
    public static func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            try db.execute(sql: "PRAGMA wal_autocheckpoint = \(writerCheckpointPages)")
        }
        return configuration
    }
}
