import EventContracts
import Foundation
import GRDB
@testable import Messaging
import TestSupport
import Testing

/// A second kind of event, to show that only the kinds asked for are published again.
private struct Pong: DomainEvent, Equatable {
    static let type = EventType("test.pong.sent", version: 1)
    var number: Int
    var subject: String { "pong-\(number)" }
}

@Suite("Publishing again what a service published, for a consumer that came later")
struct OutboxAgainTests {
    static func bodies(_ database: some DatabaseReader) throws -> [ReceivedEvent] {
        try database.read { db in try Data.fetchAll(db, sql: "SELECT body FROM outbox ORDER BY sequence") }.map(ReceivedEvent.init(body:))
    }

    @Test("the events of the kinds asked for are appended again in their order, under new ids, each caused by the one it repeats")
    func appendedAgainInOrder() throws {
        let directory = try TemporaryDirectory()
        let database = try Fixtures.database(in: directory)
        let outbox = Outbox(service: "svc")
        try database.write { db in
            try outbox.append(Ping(number: 1), cause: Cause(correlationId: "chain-1"), in: db)
            try outbox.append(Pong(number: 2), cause: .request(), in: db)
            try outbox.append(Ping(number: 3), cause: Cause(correlationId: "chain-3"), in: db)
        }
        let originals = try Self.bodies(database)

        #expect(try database.write { db in try outbox.appendAgain([Ping.self], in: db) } == 2)
        let copies = Array(try Self.bodies(database).dropFirst(3))
        #expect(try copies.map { try $0.payload(as: Ping.self).number } == [1, 3])
        #expect(copies.map(\.envelope.correlationid) == ["chain-1", "chain-3"])
        #expect(copies.map(\.envelope.causationid) == [originals[0].envelope.id, originals[2].envelope.id])
        #expect(Set(copies.map(\.envelope.id)).isDisjoint(with: originals.map(\.envelope.id)))
        #expect(try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM outbox WHERE sentAt IS NULL") } == 5,
                "the copies wait for the relay")
    }

    @Test("run again, each fact is appended once more, not once for every copy of it")
    func eachFactOncePerRun() throws {
        let directory = try TemporaryDirectory()
        let database = try Fixtures.database(in: directory)
        let outbox = Outbox(service: "svc")
        try Fixtures.appendPings(1...2, to: outbox, in: database)
        #expect(try database.write { db in try outbox.appendAgain([Ping.self], in: db) } == 2)
        #expect(try database.write { db in try outbox.appendAgain([Ping.self, Pong.self], in: db) } == 2)
        #expect(try Self.bodies(database).count == 6)
    }
}
