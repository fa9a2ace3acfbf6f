import Contracts
import GRDB

/// What a service does with each event type it consumes. A handler runs inside the database
/// transaction that also records the event in the inbox, so its effect and the record of
/// having seen the event commit together.
public struct EventHandlers: Sendable {
    public typealias Handler = @Sendable (ReceivedEvent, Database) throws -> Void

    private(set) var byType: [String: Handler] = [:]

    public init() {}

    public mutating func on<E: DomainEvent>(
        _ type: E.Type, _ handle: @escaping @Sendable (E, ReceivedEvent, Database) throws -> Void
    ) {
        byType[E.type.fullName] = { event, db in try handle(try event.payload(as: E.self), event, db) }
    }

    /// The routing keys to bind the service's queue to.
    public var routingKeys: [String] {
        Array(Set(byType.keys.compactMap { EventType(fullName: $0)?.routingKey })).sorted()
    }

    func handler(for type: String) -> Handler? { byType[type] }
}
