import EventContracts
import Foundation
import GRDB
import Storage
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

    @Test func aTransactionArrangesOneWakeUpHoweverManyEventsItAppends() throws {
        let directory = try TemporaryDirectory()
        let database = try Fixtures.database(in: directory)
        let outbox = Outbox(service: "svc")
        struct Abort: Error {}

        try database.write { db in
            for number in 1...3 { try outbox.append(Ping(number: number), cause: .request(), in: db) }
            #expect(outbox.signal.armedCount == 1)
        }
        #expect(outbox.signal.armedCount == 0)
        // A rollback disarms too, or the connection's next transaction would never wake the relay.
        #expect(throws: Abort.self) {
            try database.write { db in
                try outbox.append(Ping(number: 4), cause: .request(), in: db)
                throw Abort()
            }
        }
        #expect(outbox.signal.armedCount == 0)
        try database.write { db in
            try outbox.append(Ping(number: 5), cause: .request(), in: db)
            #expect(outbox.signal.armedCount == 1)
        }
        #expect(outbox.signal.armedCount == 0)
    }

    @Test func anEventProcessedTwiceActsOnce() throws {
        let directory = try TemporaryDirectory()
        let database = try Fixtures.database(in: directory)
        let handlers = Fixtures.recordingHandlers()
        let envelope = EventEnvelope(id: "e-1", source: "/qadam/x", type: Ping.type.fullName, time: Date(), correlationid: "c")
        let event = try handlers.prepare(try EventCoding.encoder.encode(CloudEvent(envelope: envelope, data: Ping(number: 1))))

        let first = try database.write { db in try Inbox.process(event, consumer: "svc", in: db) }
        let second = try database.write { db in try Inbox.process(event, consumer: "svc", in: db) }
        #expect(first)
        #expect(!second)
        #expect(try Fixtures.effectCount(database) == 1)
        // Another consumer of the same event is a different inbox entry.
        let other = try database.write { db in try Inbox.process(event, consumer: "other", in: db) }
        #expect(other)
        #expect(try Fixtures.effectCount(database) == 2)
    }

    @Test func aBatchsRecordsHoldEachEventOnceWithItsConsumerTypeAndTime() throws {
        let directory = try TemporaryDirectory()
        let database = try Fixtures.database(in: directory)
        let handlers = Fixtures.recordingHandlers()
        let ids = [RecordID.new(), RecordID.new()]
        let events = try ids.map { try handlers.prepare(try Fixtures.pingBody(number: 1, id: $0)) }
        // Whole milliseconds: what GRDB's text form of a date keeps.
        let time = Date(timeIntervalSince1970: 1_795_000_000.25)

        // One batch's records, as the inbox consumer keeps them: the second delivery of the
        // first event, within the same transaction, is seen as a duplicate.
        let fresh = try database.write { db in
            let records = try Inbox.Records(consumer: "svc", receivedAt: time, in: db)
            return try (events + [events[0]]).map { try records.process($0) }
        }
        #expect(fresh == [true, true, false])
        #expect(try Fixtures.effectCount(database) == 2)

        let rows = try database.read { db in
            try Row.fetchAll(db, sql: "SELECT consumer, eventId, type, receivedAt FROM inbox ORDER BY eventId")
        }
        #expect(rows.map { $0["eventId"] as String } == ids.sorted())
        for row in rows {
            #expect(row["consumer"] as String == "svc")
            #expect(row["type"] as String == Ping.type.fullName)
            #expect(row["receivedAt"] as Date == time)
        }
    }

    @Test func aHandlerThatThrowsLeavesNoRecordSoTheEventIsAppliedWhenRetried() throws {
        let directory = try TemporaryDirectory()
        let database = try Fixtures.database(in: directory)
        struct Refused: Error {}
        var failing = EventHandlers()
        failing.on(Ping.self) { _, _, _ in throw Refused() }
        let body = try Fixtures.pingBody(number: 4)

        #expect(throws: Refused.self) {
            try database.write { db in try Inbox.process(try failing.prepare(body), consumer: "svc", in: db) }
        }
        let applied = try database.write { db in
            try Inbox.process(try Fixtures.recordingHandlers().prepare(body), consumer: "svc", in: db)
        }
        #expect(applied)
        #expect(try Fixtures.effectCount(database) == 1)
    }

    @Test func aMisleadingTypePropertyDoesNotPickTheHandler() throws {
        var handlers = Fixtures.recordingHandlers()
        // A payload of another shape: reading a Ping as a Pong fails, which must not make the
        // Ping unreadable.
        struct Pong: DomainEvent {
            static let type = EventType("test.pong.sent", version: 1)
            var volley: [String]
            var subject: String { "pong" }
        }
        handlers.on(Pong.self) { _, _, _ in Issue.record("the Pong handler ran for a Ping") }
        // The AMQP type property says Pong; the envelope, which is what the producer's outbox
        // wrote, says Ping. The envelope wins.
        let prepared = try handlers.prepare(try Fixtures.pingBody(number: 5), type: Pong.type.fullName)
        #expect(prepared.event.envelope.type == Ping.type.fullName)

        let directory = try TemporaryDirectory()
        let database = try Fixtures.database(in: directory)
        try database.write { db in _ = try Inbox.process(prepared, consumer: "svc", in: db) }
        #expect(try Fixtures.effectCount(database) == 1)
    }

    @Test func anEventWithoutAHandlerIsRecordedAndChangesNothingElse() throws {
        let directory = try TemporaryDirectory()
        let database = try Fixtures.database(in: directory)
        let prepared = try EventHandlers().prepare(try Fixtures.pingBody(number: 6))
        #expect(try database.write { db in try Inbox.process(prepared, consumer: "svc", in: db) })
        #expect(try !database.write { db in try Inbox.process(prepared, consumer: "svc", in: db) })
        #expect(try Fixtures.effectCount(database) == 0)
    }

    @Test func aBodyThatIsNotAnEventCannotBePrepared() {
        #expect(throws: DecodingError.self) { try Fixtures.recordingHandlers().prepare(Data("{\"id\": 1}".utf8)) }
        #expect(throws: DecodingError.self) {
            try Fixtures.recordingHandlers().prepare(Data("not json".utf8), type: Ping.type.fullName)
        }
    }

    @Test func handlersDeclareTheirRoutingKeys() {
        #expect(Fixtures.recordingHandlers().routingKeys == ["test.ping.sent"])
    }
}
