import Foundation
import GRDB
import Storage
import TestSupport
import Testing

/// Slow work (a PDF) runs with no write transaction open, and what it made commits only with
/// the state it was made from.
@Suite("Work outside the write")
struct WorkOutsideTheWriteTests {
    static func database() throws -> (TemporaryDirectory, DatabasePool) {
        let directory = try TemporaryDirectory()
        let pool = try DatabasePool(path: directory.path("work.sqlite"), configuration: ServiceDatabase.configuration())
        try pool.write { db in
            try db.execute(sql: "CREATE TABLE counter (value INTEGER NOT NULL); INSERT INTO counter VALUES (1)")
            try db.execute(sql: "CREATE TABLE made (value INTEGER NOT NULL, product TEXT NOT NULL)")
        }
        return (directory, pool)
    }

    /// Whether another connection could write now: no write transaction is open.
    static func writable(_ path: String) throws -> Bool {
        var configuration = Configuration()
        configuration.busyMode = .immediateError
        let other = try DatabaseQueue(path: path, configuration: configuration)
        do {
            try other.writeWithoutTransaction { db in try db.execute(sql: "BEGIN IMMEDIATE; ROLLBACK") }
            return true
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
            return false
        }
    }

    @Test("the work holds no write lock, and commits with the plan it was made from")
    func committedWithItsPlan() async throws {
        let (directory, pool) = try Self.database()
        let path = directory.path("work.sqlite")
        let result = try await pool.write(
            prepare: { db in try Int.fetchOne(db, sql: "SELECT value FROM counter")! },
            outside: { plan -> String in
                let writable = try Self.writable(path)
                #expect(writable, "the slow work ran inside a write")
                return "made from \(plan)"
            },
            commit: { plan, product, db in
                try db.execute(sql: "INSERT INTO made VALUES (?, ?)", arguments: [plan, product])
                return product
            })
        #expect(result == "made from 1")
    }

    @Test("when the plan changes while the work runs, the work is done again on the new one")
    func changedPlanIsRedone() async throws {
        let (directory, pool) = try Self.database()
        defer { withExtendedLifetime(directory) {} }
        let attempts = Counter()
        let result = try await pool.write(
            prepare: { db in try Int.fetchOne(db, sql: "SELECT value FROM counter")! },
            outside: { plan -> String in
                // The first time, another writer moves the counter on meanwhile.
                if attempts.next() == 1 { try pool.write { db in try db.execute(sql: "UPDATE counter SET value = 2") } }
                return "made from \(plan)"
            },
            commit: { plan, product, db in
                try db.execute(sql: "INSERT INTO made VALUES (?, ?)", arguments: [plan, product])
                return product
            })
        #expect(result == "made from 2")
        #expect(attempts.value == 2)
        let made = try await pool.read { db in try Row.fetchAll(db, sql: "SELECT value, product FROM made") }
        #expect(made.map { $0["product"] as String } == ["made from 2"])
    }
}

/// Counts calls from a @Sendable closure.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func next() -> Int { lock.withLock { count += 1; return count } }
    var value: Int { lock.withLock { count } }
}
