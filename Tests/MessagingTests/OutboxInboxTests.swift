import Foundation
import GRDB
@testable import Messaging
import TestSupport
import Testing

@Suite struct OutboxInboxTests {
    @Test func anEventIsStoredOnlyWithTheChangeThatCausedIt() throws {
        let directory = try TemporaryDirectory()
        let database = try Fixtures.database(in: directory)
        let outbox = Outbox(service: "svc")
        struct Abort: Error {}

        #expect(throws: Abort.self) {
            try database.write { db in
                try db.execute(sql: "INSERT INTO effect (eventId, number) VALUES ('x', 1)")
                try outbox.append(Ping(number: 1), cause: .request(), in: db)
                throw Abort()
            }
        }
        #expect(try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM outbox") } == 0)
        #expect(try Fixtures.effectCount(database) == 0)

        try Fixtures.appendPings(1...3, to: outbox, in: database)
        let rows = try database.read { db in try Row.fetchAll(db, sql: "SELECT * FROM outbox ORDER BY sequence") }
        #expect(rows.count == 3)
        #expect(rows.allSatisfy { ($0["sentAt"] as Date?) == nil })
        #expect(rows.map { $0["routingKey"] as String } == Array(repeating: "test.ping.sent", count: 3))
        let first = try ReceivedEvent(body: rows[0]["body"])
        #expect(first.envelope.source == "/qadam/svc")
        #expect(try first.payload(as: Ping.self).number == 1)
    }

    @Test func anEventProcessedTwiceActsOnce() throws {
        let directory = try TemporaryDirectory()
        let database = try Fixtures.database(in: directory)
        let handlers = Fixtures.recordingHandlers()
        let envelope = EventEnvelope(id: "e-1", source: "/qadam/x", type: Ping.type.fullName, time: Date(), correlationid: "c")
        let event = try ReceivedEvent(body: try EventCoding.encoder.encode(CloudEvent(envelope: envelope, data: Ping(number: 1))))

        let first = try database.write { db in try Inbox.process(event, consumer: "svc", in: db, handler: handlers.handler(for: event.envelope.type)) }
        let second = try database.write { db in try Inbox.process(event, consumer: "svc", in: db, handler: handlers.handler(for: event.envelope.type)) }
        #expect(first)
        #expect(!second)
        #expect(try Fixtures.effectCount(database) == 1)
        // Another consumer of the same event is a different inbox entry.
        let other = try database.write { db in try Inbox.process(event, consumer: "other", in: db, handler: nil) }
        #expect(other)
    }

    @Test func handlersDeclareTheirRoutingKeys() {
        #expect(Fixtures.recordingHandlers().routingKeys == ["test.ping.sent"])
    }
}
