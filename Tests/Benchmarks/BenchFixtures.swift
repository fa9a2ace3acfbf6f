import EventContracts
import Foundation
import GRDB
import Logging
import Messaging
import Storage
import TestSupport

/// The event the real path carries. Its CloudEvents envelope comes to about 300 bytes, the
/// size of the baselines' messages.
struct BenchEvent: DomainEvent {
    static let type = EventType("bench.event.recorded", version: 1)
    var number: Int
    var subject: String { "bench-\(number)" }
}

enum BenchFixtures {
    /// The consuming service of the benchmark: queue `bench.events`, bound to the event.
    static let topology = Topology(service: "bench", bindings: [BenchEvent.type.routingKey])
    /// `bench.events`; a topology with a service always has a queue.
    static let queue = topology.queue!

    /// A service database: the messaging tables and an `effect` table for the handler's rows.
    static func database(at path: String) throws -> DatabasePool { try EffectDatabase.open(at: path) }

    static func count(_ sql: String, in database: some DatabaseReader) throws -> Int {
        try database.read { db in try Int.fetchOne(db, sql: sql) ?? 0 }
    }

    /// Warnings and errors only, on standard error, so the report stays readable.
    static let logger: Logger = {
        var logger = Logger(label: "qadam-bench", factory: { StreamLogHandler.standardError(label: $0) })
        logger.logLevel = .warning
        return logger
    }()

    /// Waits, untimed, for a connection owner to report that it is connected.
    static func waitUntilConnected(_ status: BrokerStatus, within seconds: Double = 30) async throws {
        let deadline = ContinuousClock.now + .seconds(seconds)
        while !status.allConnected {
            guard ContinuousClock.now < deadline else { throw BenchFailure("no broker connection: \(status.snapshot)") }
            try await Task.sleep(for: .milliseconds(5))
        }
    }
}
