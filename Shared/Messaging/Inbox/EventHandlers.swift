import EventContracts
import Foundation
import GRDB

/// What a service does with each event type it consumes. A handler runs inside the database
/// transaction that also records the event in the inbox, so its effect and the record of
/// having seen the event commit together.
public struct EventHandlers: Sendable {
    /// Reads a body of one event type into an event ready to apply. Decoding is kept apart from
    /// applying so that the JSON is read before the write transaction, off the single writer.
    typealias Reader = @Sendable (Data) throws -> PreparedEvent

    private var readers: [String: Reader] = [:]

    public init() {}

    public mutating func on<E: DomainEvent>(
        _ type: E.Type, _ handle: @escaping @Sendable (E, ReceivedEvent, Database) throws -> Void
    ) {
        readers[E.type.fullName] = { body in
            let decoded = try CloudEvent<E>.read(from: body)
            let payload = decoded.data
            // The handler is given the event when it runs rather than holding a copy of it:
            // each copy of an envelope retains its nine strings, on every event.
            return PreparedEvent(event: ReceivedEvent(envelope: decoded.envelope, body: body)) { event, db in
                try handle(payload, event, db)
            }
        }
    }

    /// The routing keys to bind the service's queue to.
    public var routingKeys: [String] {
        Array(Set(readers.keys.compactMap { EventType(fullName: $0)?.routingKey })).sorted()
    }

    /// Reads `body`, using `type` (the AMQP message's type property, which the publisher sets
    /// to the event type) to read the payload with the envelope. Without it, or if it does
    /// not match the envelope, the envelope is read first to find the type. An event of a
    /// type this service has no handler for is prepared with nothing to apply: the inbox
    /// records it, no more.
    public func prepare(_ body: Data, type: String? = nil) throws -> PreparedEvent {
        if let type, let read = readers[type], let prepared = try? read(body), prepared.event.envelope.type == type {
            return prepared
        }
        let event = try ReceivedEvent(body: body)
        guard let read = readers[event.envelope.type] else { return PreparedEvent(event: event, handle: nil) }
        return try read(body)
    }
}

/// An event read and decoded, with the handler's effect ready to apply inside a transaction.
/// A class: the inbox hands each one through several stages, and copying the envelope's
/// strings at each showed in profiles.
public final class PreparedEvent: Sendable {
    public let event: ReceivedEvent
    private let handle: (@Sendable (ReceivedEvent, Database) throws -> Void)?

    init(event: ReceivedEvent, handle: (@Sendable (ReceivedEvent, Database) throws -> Void)?) {
        self.event = event
        self.handle = handle
    }

    /// Applies the handler's effect, if this service has a handler for the event's type.
    func apply(in db: Database) throws {
        try handle?(event, db)
    }
}
