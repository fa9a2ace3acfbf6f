import Foundation
import GRDB
import Messaging
import Storage

/// (b) The real outbox relay: events already committed in SQLite, published by `OutboxRelay`
/// through `Publisher` (confirmed windows), each marked sent in SQLite after its confirm.
struct RelayPhase {
    var settings: BrokerSettings
    var database: DatabasePool
    var count: Int
    let outbox = Outbox(service: "bench")

    /// Commits the events to the outbox, untimed, as a busy service would have.
    func fillOutbox() throws {
        for first in stride(from: 0, to: count, by: 100) {
            try database.write { db in
                for number in first..<min(first + 100, count) {
                    try outbox.append(BenchEvent(number: number), cause: .request(), in: db)
                }
            }
        }
    }

    func run() async throws -> PhaseResult {
        let status = BrokerStatus()
        let publisher = Publisher(settings: settings, topology: Topology(service: nil), status: status,
                                  logger: BenchFixtures.logger)
        let relay = OutboxRelay(database: database, outbox: outbox, publisher: publisher, logger: BenchFixtures.logger)
        publisher.start()
        defer { publisher.stop() }
        try await BenchFixtures.waitUntilConnected(status)
        // The service's background checkpoints run beside its relay, as in a service.
        let checkpoints = Task { try await Checkpointer(path: database.path, logger: BenchFixtures.logger).run() }
        defer { checkpoints.cancel() }

        let clock = ContinuousClock()
        let start = clock.now
        while try await relay.relayOnce() > 0 {}
        let elapsed = clock.now - start

        let sent = try BenchFixtures.count("SELECT COUNT(*) FROM outbox WHERE sentAt IS NOT NULL", in: database)
        guard sent == count else { throw BenchFailure("the relay marked \(sent) of \(count) events sent") }
        return PhaseResult(messages: sent, duration: elapsed)
    }
}
