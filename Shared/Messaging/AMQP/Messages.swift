import CRabbitMQ
import Foundation

/// A message to publish: always persistent, always identified.
public struct OutgoingMessage: Sendable, Equatable {
    public var exchange: String
    public var routingKey: String
    public var id: String
    public var type: String
    public var appId: String
    public var correlationId: String?
    public var contentType: String
    public var body: Data

    public init(exchange: String, routingKey: String, id: String, type: String, appId: String,
                correlationId: String? = nil, contentType: String = "application/cloudevents+json", body: Data) {
        self.exchange = exchange
        self.routingKey = routingKey
        self.id = id
        self.type = type
        self.appId = appId
        self.correlationId = correlationId
        self.contentType = contentType
        self.body = body
    }
}

/// A message the broker delivered, waiting for an ack or a reject. `connection` tells which
/// connection delivered it: a tag means nothing on another one, so after a reconnect the
/// old deliveries cannot be acked (the broker redelivers them instead).
public struct Delivery: Sendable {
    public let tag: UInt64
    public var connection: Int = 0
    public let routingKey: String
    public let redelivered: Bool
    public let messageId: String?
    public let type: String?
    public let contentType: String?
    /// String-valued headers, such as `x-first-death-reason` on a message dead-lettered by the broker.
    public let headers: [String: String]
    public let body: Data

    public init(tag: UInt64, routingKey: String, redelivered: Bool, messageId: String?, type: String?,
                contentType: String?, headers: [String: String] = [:], body: Data) {
        self.tag = tag
        self.routingKey = routingKey
        self.redelivered = redelivered
        self.messageId = messageId
        self.type = type
        self.contentType = contentType
        self.headers = headers
        self.body = body
    }

    init(envelope: amqp_envelope_t) {
        self.init(tag: envelope.delivery_tag, routingKey: AMQPBytes.string(envelope.routing_key),
                  redelivered: envelope.redelivered != 0, message: envelope.message)
    }

    init(tag: UInt64, routingKey: String, redelivered: Bool, message: amqp_message_t) {
        let properties = message.properties
        func text(_ flag: amqp_flags_t, _ value: amqp_bytes_t) -> String? {
            properties._flags & flag != 0 ? AMQPBytes.string(value) : nil
        }
        var headers: [String: String] = [:]
        if properties._flags & qadam_basic_headers_flag() != 0, let entries = properties.headers.entries {
            for index in 0..<Int(properties.headers.num_entries) {
                let entry = entries[index]
                if entry.value.kind == UInt8(AMQP_FIELD_KIND_UTF8.rawValue) || entry.value.kind == UInt8(AMQP_FIELD_KIND_BYTES.rawValue) {
                    headers[AMQPBytes.string(entry.key)] = AMQPBytes.string(entry.value.value.bytes)
                }
            }
        }
        self.init(tag: tag, routingKey: routingKey, redelivered: redelivered,
                  messageId: text(qadam_basic_message_id_flag(), properties.message_id),
                  type: text(qadam_basic_type_flag(), properties.type),
                  contentType: text(qadam_basic_content_type_flag(), properties.content_type),
                  headers: headers, body: AMQPBytes.data(message.body))
    }
}
