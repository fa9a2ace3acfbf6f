import Contracts
import Foundation

/// The CloudEvents 1.0 attributes of an event (structured mode, JSON), plus the correlation
/// and causation ids that tie a chain of events back to the request that started it.
public struct EventEnvelope: Codable, Sendable, Equatable {
    public var specversion: String = "1.0"
    public var id: String
    /// `/qadam/<service>`
    public var source: String
    /// The full versioned type, `qadam.intake.candidate.accepted.v1`.
    public var type: String
    public var subject: String?
    public var time: Date
    public var datacontenttype: String = "application/json"
    /// The id of the first event (or request) in the chain.
    public var correlationid: String
    /// The id of the event that directly caused this one, if any.
    public var causationid: String?

    public var eventType: EventType? { EventType(fullName: type) }

    public static let contentType = "application/cloudevents+json"
}

/// An event as it travels: the envelope and its payload, encoded together.
public struct CloudEvent<Payload: Codable & Sendable>: Codable, Sendable {
    public var envelope: EventEnvelope
    public var data: Payload

    public init(envelope: EventEnvelope, data: Payload) {
        self.envelope = envelope
        self.data = data
    }

    private enum DataKey: String, CodingKey { case data }

    public init(from decoder: Decoder) throws {
        envelope = try EventEnvelope(from: decoder)
        data = try decoder.container(keyedBy: DataKey.self).decode(Payload.self, forKey: .data)
    }

    public func encode(to encoder: Encoder) throws {
        try envelope.encode(to: encoder)
        var container = encoder.container(keyedBy: DataKey.self)
        try container.encode(data, forKey: .data)
    }
}

/// The one JSON dialect of events: ISO 8601 times, sorted keys for stable bytes.
public enum EventCoding {
    public static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    public static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }()
}
