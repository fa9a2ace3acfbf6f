import CRabbitMQ

/// A failure reported by rabbitmq-c or by the broker, with the text that explains it.
public struct AMQPError: Error, CustomStringConvertible, Sendable {
    public let description: String

    public init(_ description: String) { self.description = description }

    init(status: Int32, during operation: String) {
        let text = amqp_error_string2(status).map { String(cString: $0) } ?? "status \(status)"
        self.init("\(operation): \(text)")
    }

    /// Explains an RPC reply that was not normal: a library error, or a channel or connection
    /// closed by the broker with its reply code and text.
    init(reply: amqp_rpc_reply_t, during operation: String) {
        switch reply.reply_type {
        case AMQP_RESPONSE_LIBRARY_EXCEPTION:
            self.init(status: reply.library_error, during: operation)
        case AMQP_RESPONSE_SERVER_EXCEPTION:
            if reply.reply.id == AMQP_CONNECTION_CLOSE_METHOD, let decoded = reply.reply.decoded {
                let close = decoded.assumingMemoryBound(to: amqp_connection_close_t.self).pointee
                self.init("\(operation): connection closed by broker: \(close.reply_code) \(AMQPBytes.string(close.reply_text))")
            } else if reply.reply.id == AMQP_CHANNEL_CLOSE_METHOD, let decoded = reply.reply.decoded {
                let close = decoded.assumingMemoryBound(to: amqp_channel_close_t.self).pointee
                self.init("\(operation): channel closed by broker: \(close.reply_code) \(AMQPBytes.string(close.reply_text))")
            } else {
                self.init("\(operation): broker error, method \(reply.reply.id)")
            }
        default:
            self.init("\(operation): missing reply")
        }
    }
}
