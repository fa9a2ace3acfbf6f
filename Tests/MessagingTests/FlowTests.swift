import Foundation
import GRDB
import Logging
import Messaging
import TestSupport
import Testing

/// A producer's outbox relayed to a consumer's inbox through the real broker, under faults.
@Suite(.serialized) struct FlowTests {
    /// Everything a producer and a consumer service run, started as their tasks.
    struct Pipeline {
        let producer: DatabasePool
        let consumer: DatabasePool
        let outbox = Outbox(service: "producer")
        let task: Task<Void, Never>

        init(settings: BrokerSettings, directory: TemporaryDirectory, handlers: EventHandlers,
             transactionBudget: Duration = .milliseconds(50), observer: (any TransactionObserver)? = nil) throws {
            producer = try Fixtures.database(in: directory, name: "producer.sqlite")
            consumer = try Fixtures.database(in: directory, name: "consumer.sqlite")
            if let observer { consumer.add(transactionObserver: observer, extent: .databaseLifetime) }
            let topology = Fixtures.topology()
            let publisher = Publisher(settings: settings, topology: Topology(service: nil), status: BrokerStatus(), logger: Fixtures.logger)
            let parker = Publisher(settings: settings, topology: topology, status: BrokerStatus(), logger: Fixtures.logger, name: "parker")
            parker.start()
            let relay = OutboxRelay(database: producer, outbox: outbox, publisher: publisher, logger: Fixtures.logger, window: 500)
            let inbox = InboxConsumer(
                name: "svc", database: consumer,
                consumer: Consumer(settings: settings, topology: topology, status: BrokerStatus(), logger: Fixtures.logger),
                handlers: handlers, parking: Parking(topology: topology, publisher: parker),
                retry: .init(attempts: 3, initialDelay: 0.01), transactionBudget: transactionBudget, logger: Fixtures.logger)
            task = Task {
                await withDiscardingTaskGroup { group in
                    group.addTask { await relay.run() }
                    group.addTask { await inbox.run() }
                }
                parker.stop()
            }
        }

        func stop() async {
            task.cancel()
            await task.value
        }
    }

    @Test func theBrokerRestartedWhileEventsFlowLosesNoneAndDoublesNone() async throws {
        let settings = try await TestBroker.virtualHost("restart")
        let directory = try TemporaryDirectory()
        try BrokerInspector(settings: settings).declare(Fixtures.topology())
        let pipeline = try Pipeline(settings: settings, directory: directory, handlers: Fixtures.recordingHandlers())

        try Fixtures.appendPings(1...2500, to: pipeline.outbox, in: pipeline.producer)
        _ = try await eventually("the first events to arrive") { try Fixtures.effectCount(pipeline.consumer) >= 200 ? true : nil }

        // Restart the broker while events are in flight, and keep writing while it is down.
        let restart = Task { try await TestBroker.control("restart") }
        for start in stride(from: 2501, through: 5000, by: 100) {
            try Fixtures.appendPings(start...(start + 99), to: pipeline.outbox, in: pipeline.producer)
            try await Task.sleep(for: .milliseconds(20))
        }
        try await restart.value

        _ = try await eventually("all 5,000 events to be acted on", within: 120) {
            try Fixtures.distinctEffects(pipeline.consumer) == 5000 ? true : nil
        }
        await pipeline.stop()
        #expect(try Fixtures.effectCount(pipeline.consumer) == 5000)
        let unsent = try await pipeline.producer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM outbox WHERE sentAt IS NULL") }
        #expect(unsent == 0)
    }

    @Test("a batch whose handlers outlast the transaction's budget is committed in parts, every event once")
    func aBatchOverItsBudgetIsCommittedInParts() async throws {
        let settings = try await TestBroker.virtualHost("budget")
        let directory = try TemporaryDirectory()
        try BrokerInspector(settings: settings).declare(Fixtures.topology())
        // No budget at all: each transaction takes its first event and no more, however large
        // the batches the broker's deliveries come in.
        let commits = EffectCommits()
        let pipeline = try Pipeline(settings: settings, directory: directory, handlers: Fixtures.recordingHandlers(),
                                    transactionBudget: .zero, observer: commits)

        try Fixtures.appendPings(1...60, to: pipeline.outbox, in: pipeline.producer)
        _ = try await eventually("all 60 events to be acted on") { try Fixtures.distinctEffects(pipeline.consumer) == 60 ? true : nil }
        await pipeline.stop()
        #expect(try Fixtures.effectCount(pipeline.consumer) == 60)
        #expect(commits.count == 60)
    }

    /// Counts the commits that wrote an effect.
    final class EffectCommits: TransactionObserver, @unchecked Sendable {
        private let lock = NSLock()
        private var wrote = false
        private var commits = 0

        var count: Int { lock.withLock { commits } }

        func observes(eventsOfKind eventKind: DatabaseEventKind) -> Bool { eventKind.tableName == "effect" }
        func databaseDidChange(with event: DatabaseEvent) { lock.withLock { wrote = true } }
        func databaseDidCommit(_ db: Database) {
            lock.withLock {
                if wrote { commits += 1 }
                wrote = false
            }
        }
        func databaseDidRollback(_ db: Database) { lock.withLock { wrote = false } }
    }

    @Test func aPoisonMessageIsParkedWhileTheRestFlowAndCanBeReplayed() async throws {
        let settings = try await TestBroker.virtualHost("poison")
        let directory = try TemporaryDirectory()
        let topology = Fixtures.topology()
        try BrokerInspector(settings: settings).declare(topology)

        struct Refused: Error, CustomStringConvertible { var description: String { "ping 13 is refused" } }
        let broken = Switch(on: true)
        var handlers = EventHandlers()
        handlers.on(Ping.self) { ping, event, db in
            if ping.number == 13 && broken.isOn { throw Refused() }
            try db.execute(sql: "INSERT INTO effect (eventId, number) VALUES (?, ?)", arguments: [event.envelope.id, ping.number])
        }
        let pipeline = try Pipeline(settings: settings, directory: directory, handlers: handlers)
        try BrokerInspector(settings: settings).publish([
            OutgoingMessage(exchange: "qadam.events", routingKey: Ping.type.routingKey, id: "garbage", type: "?", appId: "test",
                            body: Data("this is not an event".utf8)),
        ])
        try Fixtures.appendPings(1...50, to: pipeline.outbox, in: pipeline.producer)

        let lot = ParkingLot(settings: settings, topology: topology)
        let parked = try await eventually("two messages parked") { () -> [ParkingLot.Entry]? in
            let entries = try lot.list()
            return entries.count == 2 ? entries : nil
        }
        _ = try await eventually("the other 49 acted on") { try Fixtures.effectCount(pipeline.consumer) == 49 ? true : nil }
        let poisoned = try #require(parked.first { $0.error.contains("ping 13 is refused") })
        #expect(poisoned.type == Ping.type.fullName)
        #expect(parked.contains { $0.messageId == "garbage" })

        broken.isOn = false
        #expect(try lot.replay(messageId: poisoned.messageId) == 1)
        _ = try await eventually("the replayed event acted on") { try Fixtures.effectCount(pipeline.consumer) == 50 ? true : nil }
        #expect(try lot.list().map(\.messageId) == ["garbage"])
        await pipeline.stop()
        #expect(try Fixtures.distinctEffects(pipeline.consumer) == 50)
    }
}

/// A flag a handler reads and a test flips.
final class Switch: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Bool
    init(on: Bool) { value = on }
    var isOn: Bool {
        get { lock.withLock { value } }
        set { lock.withLock { value = newValue } }
    }
}
