import EventContracts
import Foundation
import GRDB
import Logging
@testable import Messaging
import Storage
import TestSupport

/// A test event and a database with the messaging tables and an `effect` table, whose rows
/// count how often a handler acted: with no unique key, a duplicate would show as a second row.
struct Ping: DomainEvent, Equatable {
    static let type = EventType("test.ping.sent", version: 1)
    var number: Int
    var subject: String { "ping-\(number)" }
}

enum Fixtures {
    static func database(in directory: TemporaryDirectory, name: String = "service.sqlite") throws -> DatabasePool {
        try EffectDatabase.open(at: directory.path(name))
    }

    static func recordingHandlers() -> EventHandlers {
        var handlers = EventHandlers()
        handlers.on(Ping.self) { ping, event, db in
            try db.execute(sql: "INSERT INTO effect (eventId, number) VALUES (?, ?)", arguments: [event.envelope.id, ping.number])
        }
        return handlers
    }

    static func pingBody(number: Int, id: String = RecordID.new()) throws -> Data {
        let envelope = EventEnvelope(id: id, source: "/qadam/test", type: Ping.type.fullName, time: Date(), correlationid: "c")
        return try EventCoding.encoder.encode(CloudEvent(envelope: envelope, data: Ping(number: number)))
    }

    static func effectCount(_ database: some DatabaseReader) throws -> Int {
        try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM effect")! }
    }

    static func distinctEffects(_ database: some DatabaseReader) throws -> Int {
        try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT eventId) FROM effect")! }
    }

    static func appendPings(_ range: ClosedRange<Int>, to outbox: Outbox, in database: some DatabaseWriter) throws {
        try database.write { db in
            for number in range { try outbox.append(Ping(number: number), cause: .request(), in: db) }
        }
    }

    static var logger: Logger {
        // Standard error is unbuffered: a hung test still shows its last log lines.
        var logger = Logger(label: "test", factory: { StreamLogHandler.standardError(label: $0) })
        logger.logLevel = ProcessInfo.processInfo.environment["QADAM_TEST_LOG"].flatMap(Logger.Level.init(rawValue:)) ?? .critical
        return logger
    }

    static func topology(_ service: String = "svc") -> Topology {
        Topology(service: service, bindings: [Ping.type.routingKey])
    }
}
