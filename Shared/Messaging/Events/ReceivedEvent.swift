import EventContracts
import Foundation
import Storage

/// An event read from the broker: its envelope decoded, its payload decoded on demand by the
/// handler that knows its type. Unknown payload fields are ignored (changes within a version
/// are additive).
public struct ReceivedEvent: Sendable {
    public let envelope: EventEnvelope
    public let body: Data

    public init(body: Data) throws {
        self.envelope = try EventEnvelope.read(from: body)
        self.body = body
    }

    init(envelope: EventEnvelope, body: Data) {
        self.envelope = envelope
        self.body = body
    }

    public func payload<E: DomainEvent>(as type: E.Type) throws -> E {
        try CloudEvent<E>.read(from: body).data
    }

    /// What an event caused by this one carries: the same correlation, this id as causation.
    public var cause: Cause { Cause(correlationId: envelope.correlationid, causationId: envelope.id) }
}

/// Where an event comes from: an HTTP request (a new correlation) or another event.
public struct Cause: Sendable, Equatable {
    public var correlationId: String
    public var causationId: String?

    public init(correlationId: String, causationId: String? = nil) {
        self.correlationId = correlationId
        self.causationId = causationId
    }

    /// A new chain, started by a person or a client system.
    public static func request(_ requestId: String = RecordID.new()) -> Cause {
        Cause(correlationId: requestId)
    }
}
