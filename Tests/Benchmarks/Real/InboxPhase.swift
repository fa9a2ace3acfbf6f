import Foundation
import GRDB
import Messaging
import Storage

/// (d) The real inbox: `InboxConsumer` over `Consumer`, with a handler that inserts one row
/// per event, draining a queue of real event envelopes. Timed until every effect is committed.
///
/// The handler's insert is a cached, prepared statement, the cheapest effect a handler can
/// have, so that the figure is the bus's cost and not a particular handler's: through GRDB's
/// `Codable` record machinery the same insert took two thirds of the writer's time.
struct InboxPhase {
    var settings: BrokerSettings
    var database: DatabasePool
    var count: Int
    var deadline: Duration = .seconds(300)

    func run() async throws -> PhaseResult {
        let topology = BenchFixtures.topology
        var handlers = EventHandlers()
        handlers.on(BenchEvent.self) { event, received, db in
            let insert = try db.cachedStatement(sql: "INSERT INTO effect (eventId, number) VALUES (?, ?)")
            try insert.execute(arguments: [received.envelope.id, event.number])
        }
        // The parking publisher is connected first, untimed: a service has it up already.
        let parkerStatus = BrokerStatus()
        let parker = Publisher(settings: settings, topology: topology, status: parkerStatus,
                               logger: BenchFixtures.logger, name: "parker")
        parker.start()
        defer { parker.stop() }
        try await BenchFixtures.waitUntilConnected(parkerStatus)
        let inbox = InboxConsumer(
            name: "bench", database: database,
            consumer: Consumer(settings: settings, topology: topology, status: BrokerStatus(), logger: BenchFixtures.logger),
            handlers: handlers, parking: Parking(topology: topology, publisher: parker), logger: BenchFixtures.logger)

        // The service's background checkpoints run beside its inbox, as in a service.
        let checkpoints = Task { try await Checkpointer(path: database.path, logger: BenchFixtures.logger).run() }
        defer { checkpoints.cancel() }

        let clock = ContinuousClock()
        let start = clock.now
        let running = Task { await inbox.run() }
        var committed = 0
        while committed < count {
            guard clock.now - start < deadline else {
                running.cancel()
                await running.value
                throw BenchFailure("the inbox committed \(committed) of \(count) effects in \(deadline)")
            }
            try await Task.sleep(for: .milliseconds(20))
            // The highest id, not COUNT(*): a count would read the whole table 50 times a
            // second and take CPU from the consumer it measures. The exact count is checked below.
            committed = try BenchFixtures.count("SELECT IFNULL(MAX(id), 0) FROM effect", in: database)
        }
        let elapsed = clock.now - start
        // Stopping lets the last acks out, then closes the connection.
        running.cancel()
        await running.value

        let effects = try BenchFixtures.count("SELECT COUNT(*) FROM effect", in: database)
        let recorded = try BenchFixtures.count("SELECT COUNT(*) FROM inbox", in: database)
        guard effects == count, recorded == count else {
            throw BenchFailure("the inbox recorded \(recorded) events and \(effects) effects, not \(count)")
        }
        let left = try BrokerInspector(settings: settings).readyCount(queue: BenchFixtures.queue)
        guard left == 0 else { throw BenchFailure("\(left) messages left in \(BenchFixtures.queue) after the inbox") }
        return PhaseResult(messages: effects, duration: elapsed)
    }
}
