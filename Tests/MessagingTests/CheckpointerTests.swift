import Foundation
import GRDB
@testable import Storage
import TestSupport
import Testing

@Suite struct CheckpointerTests {
    /// The writer leaves the log to the checkpointer (below its backstop), and the
    /// checkpointer's own connection copies all of it into the database file.
    @Test func theLogReachesTheDatabaseFileThroughTheCheckpointerNotTheWriter() async throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("service.sqlite")
        var migrator = DatabaseMigrator()
        migrator.registerMigration("rows") { db in try db.execute(sql: "CREATE TABLE row (text TEXT NOT NULL)") }
        let pool = try ServiceDatabase.open(path: path, migrator: migrator)
        let fileSizeAfterSchema = try Self.size(of: path)

        // A row a page, 2,700 pages in transactions of 100 rows: past SQLite's own checkpoint
        // point (1,000 pages), below the backstop.
        let text = String(repeating: "x", count: 3_000)
        for _ in 0..<27 {
            try await pool.write { db in
                for _ in 0..<100 { try db.execute(sql: "INSERT INTO row (text) VALUES (?)", arguments: [text]) }
            }
        }
        #expect(try Self.size(of: path) == fileSizeAfterSchema, "the writer checkpointed by itself")

        let result = try await Checkpointer.checkpoint(try Checkpointer.connection(to: path))
        #expect(result.walFrameCount > 2_000)
        #expect(result.checkpointedFrameCount == result.walFrameCount)
        #expect(try Self.size(of: path) > 2_700 * 3_000)
        #expect(try await pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM row") } == 2_700)
    }

    static func size(of path: String) throws -> Int {
        try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0
    }
}
