import Foundation
import GRDB
import Logging
import ServiceLifecycle
import Storage
import Synchronization

/// The log of public checks, written in batches: a check answers without waiting for a write
/// of its own, and each 25 ms of checks are one transaction. A crash loses at most those: a
/// log of reads, not a record anyone's rights hang on.
///
/// Why so short a batch: under load (7,000 checks a second at half the peak in `scripts/bench
/// certificates`) each batch is a burst of work on GRDB's writer thread, which on a two-core
/// machine takes its core from the threads answering checks. A second's entries, then a fifth
/// of a second's (1,500 rows), put the check's p99 at half its peak at 12–250 ms; batches of
/// 25 ms (about 175 rows) at 9.8–24 ms, the lower two under the goal of 10 ms
/// (docs/performance.md).
final class CheckLog: Sendable {
    private let pending = Mutex<[PublicCheckEntry]>([])

    func record(_ way: PublicChecks.Way, found certificate: Certificate?, client: String, at time: Date = Date()) {
        record(way, certificateId: certificate?.id, registrationNumber: certificate?.registrationNumber, client: client, at: time)
    }

    func record(_ way: PublicChecks.Way, certificateId: String?, registrationNumber: String?, client: String, at time: Date = Date()) {
        let entry = PublicCheckEntry(id: RecordID.new(), checkedAt: time, way: way, certificateId: certificateId,
                                     registrationNumber: registrationNumber, client: client)
        pending.withLock { $0.append(entry) }
    }

    /// Writes what has piled up; returns how many.
    @discardableResult
    func flush(to database: any DatabaseWriter) async throws -> Int {
        let entries = pending.withLock { pending in defer { pending.removeAll() }; return pending }
        guard !entries.isEmpty else { return 0 }
        try await database.write { db in
            // One prepared statement for the batch: a record's `insert` builds its SQL and
            // encodes the record through Codable each time, several times the cost. The time
            // is written by SQLite, in the text GRDB reads a `Date` from ("2026-12-01
            // 09:30:00.250", UTC): GRDB writes one through Foundation's date formatter, which
            // was most of an entry's cost.
            let insert = try db.cachedStatement(sql: """
                INSERT INTO publicCheck (id, checkedAt, way, certificateId, registrationNumber, client)
                VALUES (?, strftime('%Y-%m-%d %H:%M:%f', ?, 'unixepoch'), ?, ?, ?, ?)
                """)
            for entry in entries {
                try insert.execute(arguments: [entry.id, entry.checkedAt.timeIntervalSince1970, entry.way.rawValue,
                                               entry.certificateId, entry.registrationNumber, entry.client])
            }
        }
        return entries.count
    }

    /// Flushes the log every `interval`, and once more when the service stops.
    struct Writer: Service {
        let log: CheckLog
        let database: any DatabaseWriter
        let logger: Logger
        var interval: Duration = .milliseconds(25)

        func run() async throws {
            while !Task.isShuttingDownGracefully && !Task.isCancelled {
                try? await Task.sleep(for: interval)
                do { try await log.flush(to: database) } catch { logger.error("public check log not written", metadata: ["error": "\(error)"]) }
            }
            try await log.flush(to: database)
        }
    }
}
