import Contracts
import Foundation
import GRDB

/// The transactional outbox: an event is written in the same SQLite transaction as the state
/// change that causes it, so both happen or neither does. The relay publishes it later.
public struct Outbox: Sendable {
    /// The producing service, as in the CloudEvents `source`.
    public let service: String
    public let exchange: String
    let signal: OutboxSignal

    public init(service: String, exchange: String = Topology(service: nil).exchange) {
        self.service = service
        self.exchange = exchange
        self.signal = OutboxSignal()
    }

    /// Records `event` for publication when the surrounding transaction commits.
    @discardableResult
    public func append<E: DomainEvent>(_ event: E, cause: Cause, in db: Database, at time: Date = Date()) throws -> EventEnvelope {
        let id = UUID().uuidString.lowercased()
        let envelope = EventEnvelope(
            id: id, source: "/qadam/\(service)", type: E.type.fullName, subject: event.subject, time: time,
            correlationid: cause.correlationId, causationid: cause.causationId)
        let body = try EventCoding.encoder.encode(CloudEvent(envelope: envelope, data: event))
        try db.execute(
            sql: """
                INSERT INTO outbox (eventId, type, routingKey, correlationId, body, createdAt)
                VALUES (?, ?, ?, ?, ?, ?)
                """,
            arguments: [id, E.type.fullName, E.type.routingKey, cause.correlationId, body, time])
        let signal = self.signal
        db.afterNextTransaction { _ in signal.notify() }
        return envelope
    }
}

/// Wakes the relay when a transaction that wrote to the outbox commits, so events leave at
/// once instead of at the next poll. Signals coalesce: one pending wake-up is enough.
final class OutboxSignal: Sendable {
    let wakeUps: AsyncStream<Void>
    private let continuation: AsyncStream<Void>.Continuation

    init() {
        (wakeUps, continuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    func notify() { continuation.yield() }
}
