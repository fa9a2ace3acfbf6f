import EventContracts
import Foundation
import GRDB
import Storage
import Synchronization

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
        let id = RecordID.new()
        let envelope = EventEnvelope(
            id: id, source: "/qadam/\(service)", type: E.type.fullName, subject: event.subject, time: time,
            correlationid: cause.correlationId, causationid: cause.causationId)
        let body = try EventCoding.encoder.encode(CloudEvent(envelope: envelope, data: event))
        // A statement prepared once per connection: compiling it again for every event, with
        // GRDB's authorizer run over it, stood out in the profile of issuing certificates.
        try db.cachedStatement(sql: """
            INSERT INTO outbox (eventId, type, routingKey, correlationId, body, createdAt)
            VALUES (?, ?, ?, ?, ?, ?)
            """).execute(arguments: [id, E.type.fullName, E.type.routingKey, cause.correlationId, body, time])
        signal.notifyAfterCommit(of: db)
        return envelope
    }
}

/// Wakes the relay when a transaction that wrote to the outbox commits, so events leave at
/// once instead of at the next poll. Signals coalesce: one pending wake-up is enough.
final class OutboxSignal: Sendable {
    let wakeUps: AsyncStream<Void>
    private let continuation: AsyncStream<Void>.Continuation
    /// Connections whose open transaction will signal when it ends.
    private let armed = Mutex(Set<ObjectIdentifier>())

    init() {
        (wakeUps, continuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    func notify() { continuation.yield() }

    /// One wake-up when the transaction in progress on `db` commits, however many events it
    /// appends. GRDB keeps each `afterNextTransaction` as an observer that every later
    /// statement of the transaction visits, so one per event made a large transaction
    /// quadratic (400 µs an append at 20,000 appends).
    func notifyAfterCommit(of db: Database) {
        let connection = ObjectIdentifier(db)
        guard armed.withLock({ $0.insert(connection).inserted }) else { return }
        db.afterNextTransaction(
            onCommit: { [self] _ in
                disarm(connection)
                notify()
            },
            onRollback: { [self] _ in disarm(connection) })
    }

    /// How many transactions will signal when they end (for tests).
    var armedCount: Int { armed.withLock(\.count) }

    private func disarm(_ connection: ObjectIdentifier) {
        _ = armed.withLock { $0.remove(connection) }
    }
}
