import Foundation

/// The operator's view of a service's parking queue: list what is parked and why, and replay
/// messages into the service's queue. Used by the `parked` command, on its own connection and
/// its own (only) thread.
public struct ParkingLot {
    public struct Entry: Sendable, Equatable {
        public var messageId: String
        public var type: String
        public var routingKey: String
        public var error: String
        public var parkedAt: Date?
    }

    private let settings: BrokerSettings
    private let topology: Topology

    public init(settings: BrokerSettings, topology: Topology) {
        self.settings = settings
        self.topology = topology
    }

    /// Reads every parked message without removing any: they are returned to the queue when
    /// the connection closes.
    public func list() throws -> [Entry] {
        let connection = try AMQPConnection(settings: settings)
        try topology.declare(on: connection)
        var entries: [Entry] = []
        while let delivery = try connection.get(queue: topology.parkingQueue!) {
            entries.append(entry(for: delivery).0)
        }
        return entries
    }

    /// Sends parked messages back to the service's own queue (not to the exchange, which would
    /// deliver them to every other consumer again), each removed from parking only once the
    /// broker has confirmed its return. With `messageId`, only that message. Returns the count.
    @discardableResult
    public func replay(messageId: String? = nil) throws -> Int {
        let connection = try AMQPConnection(settings: settings)
        try topology.declare(on: connection)
        try connection.enableConfirms()
        var replayed = 0
        var kept: [Delivery] = []
        while let delivery = try connection.get(queue: topology.parkingQueue!) {
            let (entry, original) = entry(for: delivery)
            guard messageId == nil || entry.messageId == messageId else { kept.append(delivery); continue }
            let message = OutgoingMessage(exchange: "", routingKey: topology.queue!, id: entry.messageId,
                                          type: entry.type, appId: topology.service ?? "tool", body: original)
            let tag = try connection.publish(message)
            let refused = try connection.waitForConfirms(tag...tag, deadline: Date(timeIntervalSinceNow: 30))
            guard refused.isEmpty else { throw AMQPError("the broker refused the replay of \(entry.messageId)") }
            try connection.ack(delivery.tag, multiple: false)
            replayed += 1
        }
        for delivery in kept { try connection.reject(delivery.tag, requeue: true) }
        return replayed
    }

    /// A parked message is either our own wrapper (with the error) or a raw message the broker
    /// dead-lettered after its delivery limit (a consumer crashing on it again and again).
    private func entry(for delivery: Delivery) -> (Entry, Data) {
        if delivery.contentType == ParkedMessage.contentType,
           let parked = try? EventCoding.decoder.decode(ParkedMessage.self, from: delivery.body) {
            return (Entry(messageId: parked.messageId ?? "?", type: parked.type ?? "?", routingKey: parked.routingKey,
                          error: parked.error, parkedAt: parked.parkedAt), parked.body)
        }
        let reason = delivery.headers["x-first-death-reason"].map { "dead-lettered by the broker: \($0)" }
            ?? "dead-lettered by the broker"
        return (Entry(messageId: delivery.messageId ?? "?", type: delivery.type ?? "?", routingKey: delivery.routingKey,
                      error: reason, parkedAt: nil), delivery.body)
    }
}
