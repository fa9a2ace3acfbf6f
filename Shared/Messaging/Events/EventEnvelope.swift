import EventContracts
import Foundation

/// The CloudEvents 1.0 attributes of an event (structured mode, JSON), plus the correlation
/// and causation ids that tie a chain of events back to the request that started it.
public struct EventEnvelope: Sendable, Equatable {
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

/// The members of a structured-mode CloudEvent: the envelope's attributes and `data`, side by
/// side in one JSON object.
enum CloudEventKey: String, CodingKey, CaseIterable {
    case specversion, id, source, type, subject, time, datacontenttype, correlationid, causationid, data
}

// Written out rather than synthesized, so that an event is read through one keyed container
// for envelope and payload together: a second container over the same object cost a third
// of the time of reading an event.
extension EventEnvelope: Codable {
    public init(from decoder: Decoder) throws {
        try self.init(from: decoder.container(keyedBy: CloudEventKey.self))
    }

    init(from container: KeyedDecodingContainer<CloudEventKey>) throws {
        specversion = try container.decode(String.self, forKey: .specversion)
        id = try container.decode(String.self, forKey: .id)
        source = try container.decode(String.self, forKey: .source)
        type = try container.decode(String.self, forKey: .type)
        subject = try container.decodeIfPresent(String.self, forKey: .subject)
        time = try container.decode(Date.self, forKey: .time)
        datacontenttype = try container.decode(String.self, forKey: .datacontenttype)
        correlationid = try container.decode(String.self, forKey: .correlationid)
        causationid = try container.decodeIfPresent(String.self, forKey: .causationid)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CloudEventKey.self)
        try encode(to: &container)
    }

    func encode(to container: inout KeyedEncodingContainer<CloudEventKey>) throws {
        try container.encode(specversion, forKey: .specversion)
        try container.encode(id, forKey: .id)
        try container.encode(source, forKey: .source)
        try container.encode(type, forKey: .type)
        try container.encodeIfPresent(subject, forKey: .subject)
        try container.encode(time, forKey: .time)
        try container.encode(datacontenttype, forKey: .datacontenttype)
        try container.encode(correlationid, forKey: .correlationid)
        try container.encodeIfPresent(causationid, forKey: .causationid)
    }
}

/// An event as it travels: the envelope and its payload, encoded together.
public struct CloudEvent<Payload: Codable & Sendable>: Codable, Sendable {
    public var envelope: EventEnvelope
    public var data: Payload

    public init(envelope: EventEnvelope, data: Payload) {
        self.envelope = envelope
        self.data = data
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CloudEventKey.self)
        envelope = try EventEnvelope(from: container)
        data = try container.decode(Payload.self, forKey: .data)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CloudEventKey.self)
        try envelope.encode(to: &container)
        try container.encode(data, forKey: .data)
    }
}

extension CloudEvent {
    /// Reads a structured-mode event: the envelope by `EnvelopeScanner` where it can, the
    /// payload by `JSONDecoder`. A body the scanner leaves, or whose payload fails, is read
    /// whole by `JSONDecoder`, so that its error names the path from the event's root.
    static func read(from body: Data) throws -> CloudEvent {
        if let (envelope, data) = EnvelopeScanner.scan(body),
           let payload = try? EventCoding.decoder.decode(Payload.self, from: body[data]) {
            return CloudEvent(envelope: envelope, data: payload)
        }
        return try EventCoding.decoder.decode(CloudEvent.self, from: body)
    }
}

extension EventEnvelope {
    /// Reads the envelope of a structured-mode event, as `CloudEvent.read` does.
    static func read(from body: Data) throws -> EventEnvelope {
        try EnvelopeScanner.scan(body)?.envelope ?? EventCoding.decoder.decode(EventEnvelope.self, from: body)
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
