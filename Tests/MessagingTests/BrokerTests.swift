import Foundation
import GRDB
import Logging
@testable import Messaging
import ServiceLifecycle
import TestSupport
import Testing

/// Against the real RabbitMQ that scripts/test starts, each test in its own virtual host.
@Suite(.serialized) struct BrokerTests {
    @Test func declaringTheTopologyTwiceIsHarmless() async throws {
        let settings = try await TestBroker.virtualHost("topology")
        let inspector = BrokerInspector(settings: settings)
        let topology = Fixtures.topology()
        try inspector.declare(topology)
        try inspector.publish([Self.message(routingKey: Ping.type.routingKey, id: "m-1")])
        try inspector.declare(topology)
        // The queue kept its message and its binding.
        #expect(try inspector.readyCount(queue: "svc.events") == 1)
        try inspector.publish([Self.message(routingKey: Ping.type.routingKey, id: "m-2")])
        #expect(try inspector.readyCount(queue: "svc.events") == 2)
    }

    @Test func theRelayPublishesInOrderAndMarksSentOnConfirm() async throws {
        let settings = try await TestBroker.virtualHost("relay")
        let directory = try TemporaryDirectory()
        let database = try Fixtures.database(in: directory)
        let outbox = Outbox(service: "producer")
        try BrokerInspector(settings: settings).declare(Fixtures.topology("svc"))
        let publisher = Publisher(settings: settings, topology: Topology(service: nil), status: BrokerStatus(), logger: Fixtures.logger)
        publisher.start()
        defer { publisher.stop() }
        let relay = OutboxRelay(database: database, outbox: outbox, publisher: publisher, logger: Fixtures.logger, window: 40)

        try Fixtures.appendPings(1...100, to: outbox, in: database)
        let sent = try await eventually("the publisher to connect") { try? await relay.relayOnce() }
        #expect(sent == 40)
        while try await relay.relayOnce() > 0 {}

        let unsent = try await database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM outbox WHERE sentAt IS NULL") }
        #expect(unsent == 0)
        let numbers = try BrokerProbe.drain("svc.events", settings: settings).map { try ReceivedEvent(body: $0.body).payload(as: Ping.self).number }
        #expect(numbers == Array(1...100))
    }

    @Test func whileTheBrokerIsUnreachableEventsWaitInTheOutbox() async throws {
        var settings = try await TestBroker.virtualHost("down")
        settings.port = try freePort() // nothing listens there
        let directory = try TemporaryDirectory()
        let database = try Fixtures.database(in: directory)
        let outbox = Outbox(service: "producer")
        let status = BrokerStatus()
        let publisher = Publisher(settings: settings, topology: Topology(service: nil), status: status, logger: Fixtures.logger)
        publisher.start()
        defer { publisher.stop() }
        try Fixtures.appendPings(1...3, to: outbox, in: database)

        let relay = OutboxRelay(database: database, outbox: outbox, publisher: publisher, logger: Fixtures.logger)
        await #expect(throws: AMQPError.self) { try await relay.relayOnce() }
        let row: Row = try database.read { db in
            try Row.fetchOne(db, sql: "SELECT COUNT(*) AS unsent, MAX(attempts) AS attempts, MAX(lastError) AS error FROM outbox WHERE sentAt IS NULL")!
        }
        let unsent: Int = row["unsent"]
        let attempts: Int = row["attempts"]
        let error: String? = row["error"]
        #expect(unsent == 3)
        #expect(attempts == 1)
        #expect(error?.contains("not connected") == true)
        #expect(!status.allConnected)
    }

    /// The consumer commits the effect, then dies before its ack reaches the broker. The
    /// broker delivers the message again; the inbox recognises it; the effect stays single.
    @Test func aConsumerThatDiesBeforeAckingGetsTheMessageAgainAndActsOnce() async throws {
        let settings = try await TestBroker.virtualHost("crash")
        let directory = try TemporaryDirectory()
        let database = try Fixtures.database(in: directory)
        let topology = Fixtures.topology()
        let inspector = BrokerInspector(settings: settings)
        try inspector.declare(topology)
        let outbox = Outbox(service: "producer")
        try Fixtures.appendPings(1...1, to: outbox, in: database)
        let body: Data = try await database.read { db in try Data.fetchOne(db, sql: "SELECT body FROM outbox")! }
        try inspector.publish([Self.message(routingKey: Ping.type.routingKey, id: "ping-1", body: body)])

        let handlers = Fixtures.recordingHandlers()
        let consumer = Consumer(settings: settings, topology: topology, status: BrokerStatus(), logger: Fixtures.logger)
        consumer.start()
        var batches = consumer.batches.makeAsyncIterator()
        let first = try #require(await batches.next()?.first)
        #expect(!first.redelivered)
        try await database.write { db in
            _ = try Inbox.process(try handlers.prepare(first.body, type: first.type), consumer: "svc", in: db)
        }
        consumer.simulateCrash() // committed, never acked

        let again = try #require(await batches.next()?.first)
        #expect(again.redelivered)
        #expect(again.messageId == "ping-1")
        let acted = try await database.write { db in
            try Inbox.process(try handlers.prepare(again.body, type: again.type), consumer: "svc", in: db)
        }
        #expect(!acted)
        consumer.ack(again)
        consumer.stop()
        #expect(try Fixtures.effectCount(database) == 1)
        #expect(try inspector.readyCount(queue: "svc.events") == 0)
    }

    static func message(routingKey: String, id: String, body: Data = Data("{}".utf8)) -> OutgoingMessage {
        OutgoingMessage(exchange: "qadam.events", routingKey: routingKey, id: id, type: Ping.type.fullName, appId: "test", body: body)
    }
}
