import Foundation
import GRDB
import Logging
import ServiceLifecycle

/// Copies a service's write-ahead log back into its database file in the background, so that
/// the service's writer does not wait for it.
///
/// Why: left to itself, SQLite checkpoints inside the commit that takes the log past 1,000
/// pages, and a checkpoint syncs both files to disk. The inbox's commits lie on the path of
/// every event: with those checkpoints it handled about 13% fewer events a second
/// (`scripts/bench bus`, checkpoints in the writer against none). Here a connection of its
/// own runs a passive checkpoint every second, which copies what no reader still needs and
/// never blocks the writer. The writer still checkpoints by itself past
/// `ServiceDatabase.writerCheckpointPages`, should this one stop or fall behind.
public struct Checkpointer: Service {
    private let path: String
    private let interval: Duration
    private let logger: Logger

    public init(path: String, interval: Duration = .seconds(1), logger: Logger) {
        self.path = path
        self.interval = interval
        self.logger = logger
    }

    public func run() async throws {
        let connection = try Self.connection(to: path)
        while true {
            // Nil when the wait is cut short: the service is shutting down.
            guard (try? await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }) != nil else { return }
            do {
                try await Self.checkpoint(connection)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
                // The writer's own checkpoint is running; it does the same work.
                logger.debug("WAL checkpoint skipped: another is running")
            } catch {
                logger.warning("WAL checkpoint failed; the next one will try again", metadata: ["error": "\(error)"])
            }
        }
    }

    /// A connection of its own: on the pool's writer, a checkpoint would wait behind the
    /// writes it is meant to spare.
    static func connection(to path: String) throws -> DatabaseQueue {
        try DatabaseQueue(path: path, configuration: ServiceDatabase.configuration())
    }

    /// Copies into the database file every frame of the log that no reader still needs. On
    /// the connection's own thread: it waits for the disk, which no task should do.
    @discardableResult
    static func checkpoint(_ connection: DatabaseQueue) async throws -> (walFrameCount: Int, checkpointedFrameCount: Int) {
        try await connection.writeWithoutTransaction { db in try db.checkpoint(.passive) }
    }
}
