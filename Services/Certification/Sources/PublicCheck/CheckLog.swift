import Foundation
import GRDB
import Storage
import Synchronization

/// The log of public checks, written in batches: a check answers without waiting for a write
/// of its own, and each 25 ms of checks are one transaction (`Writer`). A crash loses at most
/// those: a log of reads, not a record anyone's rights hang on.
final class CheckLog: Sendable {
    private let pending = Mutex<[Check]>([])

    /// A check as answered, before it has its id: the id is drawn when its batch is written, on
    /// the writer's thread, since drawing one asks the kernel for randomness (two `getrandom`
    /// calls) and a request need not wait for that. It carries the check's time all the same.
    private struct Check: Sendable {
        var checkedAt: Date
        var way: PublicChecks.Way
        var certificateId, registrationNumber: String?
        var client: String
    }

    func record(_ way: PublicChecks.Way, found certificate: Certificate?, client: String, at time: Date = Date()) {
        record(way, certificateId: certificate?.id, registrationNumber: certificate?.registrationNumber, client: client, at: time)
    }

    func record(_ way: PublicChecks.Way, certificateId: String?, registrationNumber: String?, client: String, at time: Date = Date()) {
        let check = Check(checkedAt: time, way: way, certificateId: certificateId, registrationNumber: registrationNumber, client: client)
        pending.withLock { $0.append(check) }
    }

    /// Writes what has piled up; returns how many. Synchronous: the SQLite work runs on the
    /// calling thread (a GRDB write is a `DispatchQueue.sync` on the writer's queue), which is
    /// what lets `Writer` run it at its own, lower, priority.
    @discardableResult
    func flush(to database: any DatabaseWriter) throws -> Int {
        // Taken whole, leaving an empty array: the lock is held by this low-priority thread
        // and an event loop recording a check may be waiting for it, so nothing is allocated
        // while it is held.
        let entries = pending.withLock { pending in defer { pending = [] }; return pending }
        guard !entries.isEmpty else { return 0 }
        try database.write { db in
            // One prepared statement for the batch: a record's `insert` builds its SQL and
            // encodes the record through Codable each time, several times the cost. The time
            // is written by SQLite, in the text GRDB reads a `Date` from ("2026-12-01
            // 09:30:00.250", UTC): GRDB writes one through Foundation's date formatter, which
            // was most of an entry's cost.
            let insert = try db.cachedStatement(sql: """
                INSERT INTO publicCheck (id, checkedAt, way, certificateId, registrationNumber, client)
                VALUES (?, strftime('%Y-%m-%d %H:%M:%f', ?, 'unixepoch'), ?, ?, ?, ?)
                """)
            for check in entries {
                try insert.execute(arguments: [RecordID.new(at: check.checkedAt), check.checkedAt.timeIntervalSince1970, check.way.rawValue,
                                               check.certificateId, check.registrationNumber, check.client])
            }
        }
        return entries.count
    }
}
