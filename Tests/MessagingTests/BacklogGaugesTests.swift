import Foundation
import GRDB
@testable import Messaging
import TestSupport
import Testing

/// The figures an operator watches: events waiting in the outbox and parked messages.
@Suite(.serialized) struct BacklogGaugesTests {
    @Test("unsent events are counted with the age of the oldest, and parked messages by the broker's count")
    func backlog() async throws {
        let settings = try await TestBroker.virtualHost("backlog")
        let directory = try TemporaryDirectory()
        let database = try Fixtures.database(in: directory)
        let topology = Fixtures.topology("svc")
        let publisher = Publisher(settings: settings, topology: topology, status: BrokerStatus(), logger: Fixtures.logger)
        publisher.start()
        defer { publisher.stop() }
        let gauges = BacklogGauges(service: "svc", database: database, publisher: publisher, topology: topology, logger: Fixtures.logger)

        let written = Date()
        try Fixtures.appendPings(1...3, to: Outbox(service: "svc"), in: database)
        let waiting = try await eventually("the publisher to connect") { () -> BacklogGauges.Backlog? in
            let backlog = await gauges.measure(now: written.addingTimeInterval(90))
            return backlog.parked == nil ? nil : backlog
        }
        #expect(waiting.unsent == 3)
        #expect(waiting.oldestUnsentAge >= 89 && waiting.oldestUnsentAge <= 91)
        #expect(waiting.parked == 0)

        let delivery = Delivery(tag: 1, routingKey: Ping.type.routingKey, redelivered: false, messageId: "m-1", type: Ping.type.fullName,
                                contentType: nil, headers: [:], body: try Fixtures.pingBody(number: 1))
        try await Parking(topology: topology, publisher: publisher).park(delivery, error: "broken", attempts: 4)
        try await database.write { db in try db.execute(sql: "UPDATE outbox SET sentAt = ?", arguments: [Date()]) }
        let after = await gauges.measure()
        #expect(after == BacklogGauges.Backlog(unsent: 0, oldestUnsentAge: 0, parked: 1))
    }
}
