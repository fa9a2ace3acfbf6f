import CRabbitMQ
import Foundation

/// One rabbitmq-c connection with one channel. Not thread-safe, like the C library under it:
/// every call must come from the one thread that owns it (see `ConnectionOwner`), or from a
/// command-line tool that has only one thread. Nothing outside this folder sees a C pointer.
final class AMQPConnection {
    private let state: amqp_connection_state_t
    private let channel: amqp_channel_t = 1
    private var closed = false
    /// The delivery tag the broker will give the next publish, once confirms are on.
    private var nextPublishTag: UInt64 = 1

    init(settings: BrokerSettings) throws {
        guard let state = amqp_new_connection() else { throw AMQPError("cannot allocate a connection") }
        self.state = state
        do {
            // Without these, a broker that accepts the socket while it is still booting (or a
            // half-open network) blocks the owner thread forever in the handshake or an RPC.
            var handshake = timeval(tv_sec: 10, tv_usec: 0)
            var rpc = timeval(tv_sec: 30, tv_usec: 0)
            amqp_set_handshake_timeout(state, &handshake)
            amqp_set_rpc_timeout(state, &rpc)
            guard let socket = amqp_tcp_socket_new(state) else { throw AMQPError("cannot allocate a socket") }
            var timeout = timeval(tv_sec: 5, tv_usec: 0)
            let status = amqp_socket_open_noblock(socket, settings.host, Int32(settings.port), &timeout)
            guard status == AMQP_STATUS_OK.rawValue else {
                throw AMQPError(status: status, during: "connect to \(settings.host):\(settings.port)")
            }
            try check(qadam_amqp_login(state, settings.virtualHost, 0, 131_072, Int32(settings.heartbeat),
                                       settings.user, settings.password), "login")
            amqp_channel_open(state, channel)
            try check(amqp_get_rpc_reply(state), "channel.open")
        } catch {
            amqp_destroy_connection(state)
            closed = true
            throw error
        }
    }

    deinit {
        guard !closed else { return }
        // A clean close tells the broker to requeue what this connection had not acknowledged.
        amqp_channel_close(state, channel, Int32(AMQP_REPLY_SUCCESS))
        amqp_connection_close(state, Int32(AMQP_REPLY_SUCCESS))
        amqp_destroy_connection(state)
    }

    /// Drops the connection without a goodbye, as a crash would: the broker sees the socket go.
    func abandon() {
        guard !closed else { return }
        closed = true
        amqp_destroy_connection(state)
    }

    var socket: Int32 { amqp_get_sockfd(state) }

    /// Whether rabbitmq-c already holds bytes or frames read from the socket, which a `poll`
    /// on the socket would not report.
    var hasBufferedInput: Bool { amqp_frames_enqueued(state) != 0 || amqp_data_in_buffer(state) != 0 }

    // MARK: Topology

    func declareExchange(_ name: String, type: String) throws {
        let arena = AMQPBytes()
        defer { withExtendedLifetime(arena) {} }
        amqp_exchange_declare(state, channel, arena.bytes(name), arena.bytes(type), 0, 1, 0, 0, amqp_empty_table)
        try check(amqp_get_rpc_reply(state), "exchange.declare \(name)")
    }

    func declareQueue(_ name: String, arguments: [(String, String)]) throws {
        let arena = AMQPBytes()
        defer { withExtendedLifetime(arena) {} }
        amqp_queue_declare(state, channel, arena.bytes(name), 0, 1, 0, 0, arena.table(arguments))
        try check(amqp_get_rpc_reply(state), "queue.declare \(name)")
    }

    func bind(queue: String, exchange: String, routingKey: String) throws {
        let arena = AMQPBytes()
        defer { withExtendedLifetime(arena) {} }
        amqp_queue_bind(state, channel, arena.bytes(queue), arena.bytes(exchange), arena.bytes(routingKey), amqp_empty_table)
        try check(amqp_get_rpc_reply(state), "queue.bind \(queue) \(routingKey)")
    }

    /// Deletes a queue and returns how many messages it held (tests and tools only).
    @discardableResult
    func deleteQueue(_ name: String) throws -> Int {
        let arena = AMQPBytes()
        defer { withExtendedLifetime(arena) {} }
        let ok = amqp_queue_delete(state, channel, arena.bytes(name), 0, 0)
        try check(amqp_get_rpc_reply(state), "queue.delete \(name)")
        return Int(ok?.pointee.message_count ?? 0)
    }

    /// The number of ready messages in a queue, by a passive declare.
    func messageCount(queue: String) throws -> Int {
        let arena = AMQPBytes()
        defer { withExtendedLifetime(arena) {} }
        let ok = amqp_queue_declare(state, channel, arena.bytes(queue), 1, 0, 0, 0, amqp_empty_table)
        try check(amqp_get_rpc_reply(state), "queue.declare passive \(queue)")
        return Int(ok?.pointee.message_count ?? 0)
    }

    // MARK: Publishing

    func enableConfirms() throws {
        amqp_confirm_select(state, channel)
        try check(amqp_get_rpc_reply(state), "confirm.select")
        nextPublishTag = 1
    }

    /// Publishes a persistent message and returns the delivery tag its confirm will carry.
    @discardableResult
    func publish(_ message: OutgoingMessage) throws -> UInt64 {
        let arena = AMQPBytes()
        defer { withExtendedLifetime(arena) {} }
        var properties = amqp_basic_properties_t()
        properties._flags = qadam_basic_content_type_flag() | qadam_basic_delivery_mode_flag()
            | qadam_basic_message_id_flag() | qadam_basic_type_flag() | qadam_basic_app_id_flag()
        properties.content_type = arena.bytes(message.contentType)
        properties.delivery_mode = 2
        properties.message_id = arena.bytes(message.id)
        properties.type = arena.bytes(message.type)
        properties.app_id = arena.bytes(message.appId)
        if let correlationId = message.correlationId {
            properties._flags |= qadam_basic_correlation_id_flag()
            properties.correlation_id = arena.bytes(correlationId)
        }
        let status = amqp_basic_publish(state, channel, arena.bytes(message.exchange), arena.bytes(message.routingKey),
                                        0, 0, &properties, arena.bytes(message.body))
        guard status == AMQP_STATUS_OK.rawValue else { throw AMQPError(status: status, during: "basic.publish") }
        defer { nextPublishTag += 1 }
        return nextPublishTag
    }

    /// Reads frames until every tag in `tags` is confirmed, or the deadline passes.
    /// Returns the tags the broker refused (nack); throws if the connection fails or time runs out.
    func waitForConfirms(_ tags: ClosedRange<UInt64>, deadline: Date) throws -> Set<UInt64> {
        var tracker = ConfirmTracker(tags: tags)
        while !tracker.isComplete {
            guard deadline.timeIntervalSinceNow > 0 else {
                throw AMQPError("publisher confirms timed out with \(tracker.outstanding) outstanding")
            }
            var frame = amqp_frame_t()
            var timeout = timeval(tv_sec: 0, tv_usec: 200_000)
            let status = amqp_simple_wait_frame_noblock(state, &frame, &timeout)
            if status == AMQP_STATUS_TIMEOUT.rawValue { continue }
            guard status == AMQP_STATUS_OK.rawValue else { throw AMQPError(status: status, during: "wait for confirms") }
            guard frame.frame_type == UInt8(AMQP_FRAME_METHOD) else { continue }
            let method = qadam_frame_method_id(&frame)
            switch method {
            case AMQP_BASIC_ACK_METHOD:
                let ack = qadam_frame_method_decoded(&frame).assumingMemoryBound(to: amqp_basic_ack_t.self).pointee
                tracker.settle(ack.delivery_tag, multiple: ack.multiple != 0, refused: false)
            case AMQP_BASIC_NACK_METHOD:
                let nack = qadam_frame_method_decoded(&frame).assumingMemoryBound(to: amqp_basic_nack_t.self).pointee
                tracker.settle(nack.delivery_tag, multiple: nack.multiple != 0, refused: true)
            default:
                try failOnClose(method: method, frame: &frame)
            }
        }
        return tracker.refused
    }

    // MARK: Consuming

    func consume(queue: String, prefetch: Int) throws {
        amqp_basic_qos(state, channel, 0, UInt16(clamping: prefetch), 0)
        try check(amqp_get_rpc_reply(state), "basic.qos")
        let arena = AMQPBytes()
        defer { withExtendedLifetime(arena) {} }
        amqp_basic_consume(state, channel, arena.bytes(queue), amqp_empty_bytes, 0, 0, 0, amqp_empty_table)
        try check(amqp_get_rpc_reply(state), "basic.consume \(queue)")
    }

    /// The next delivery if one can be read without waiting, else nil. Heartbeats are sent and
    /// answered inside rabbitmq-c while it reads.
    func nextDelivery() throws -> Delivery? {
        amqp_maybe_release_buffers(state)
        var envelope = amqp_envelope_t()
        var timeout = timeval(tv_sec: 0, tv_usec: 0)
        let reply = amqp_consume_message(state, &envelope, &timeout, 0)
        if reply.reply_type == AMQP_RESPONSE_NORMAL {
            defer { amqp_destroy_envelope(&envelope) }
            return Delivery(envelope: envelope)
        }
        if reply.reply_type == AMQP_RESPONSE_LIBRARY_EXCEPTION {
            if reply.library_error == AMQP_STATUS_TIMEOUT.rawValue { return nil }
            if reply.library_error == AMQP_STATUS_UNEXPECTED_STATE.rawValue {
                // A frame other than a delivery: a close, a cancel, or a stray method.
                var frame = amqp_frame_t()
                let status = amqp_simple_wait_frame(state, &frame)
                guard status == AMQP_STATUS_OK.rawValue else { throw AMQPError(status: status, during: "read frame") }
                if frame.frame_type == UInt8(AMQP_FRAME_METHOD) {
                    let method = qadam_frame_method_id(&frame)
                    if method == AMQP_BASIC_CANCEL_METHOD { throw AMQPError("the broker cancelled the consumer") }
                    try failOnClose(method: method, frame: &frame)
                }
                return nil
            }
        }
        throw AMQPError(reply: reply, during: "basic.consume")
    }

    /// Lets rabbitmq-c read what has arrived and send a heartbeat if one is due, on a
    /// connection that does not consume.
    func pump() throws {
        var frame = amqp_frame_t()
        var timeout = timeval(tv_sec: 0, tv_usec: 0)
        let status = amqp_simple_wait_frame_noblock(state, &frame, &timeout)
        if status == AMQP_STATUS_TIMEOUT.rawValue { return }
        guard status == AMQP_STATUS_OK.rawValue else { throw AMQPError(status: status, during: "read frame") }
        if frame.frame_type == UInt8(AMQP_FRAME_METHOD) {
            try failOnClose(method: qadam_frame_method_id(&frame), frame: &frame)
        }
    }

    func ack(_ tag: UInt64, multiple: Bool) throws {
        let status = amqp_basic_ack(state, channel, tag, multiple ? 1 : 0)
        guard status == AMQP_STATUS_OK.rawValue else { throw AMQPError(status: status, during: "basic.ack") }
    }

    func reject(_ tag: UInt64, requeue: Bool) throws {
        let status = amqp_basic_nack(state, channel, tag, 0, requeue ? 1 : 0)
        guard status == AMQP_STATUS_OK.rawValue else { throw AMQPError(status: status, during: "basic.nack") }
    }

    /// Takes one message from a queue without consuming it continuously (tools only).
    func get(queue: String) throws -> Delivery? {
        let arena = AMQPBytes()
        defer { withExtendedLifetime(arena) {} }
        let reply = amqp_basic_get(state, channel, arena.bytes(queue), 0)
        guard reply.reply_type == AMQP_RESPONSE_NORMAL else { throw AMQPError(reply: reply, during: "basic.get \(queue)") }
        guard reply.reply.id == AMQP_BASIC_GET_OK_METHOD, let decoded = reply.reply.decoded else { return nil }
        let ok = decoded.assumingMemoryBound(to: amqp_basic_get_ok_t.self).pointee
        var message = amqp_message_t()
        let read = amqp_read_message(state, channel, &message, 0)
        guard read.reply_type == AMQP_RESPONSE_NORMAL else { throw AMQPError(reply: read, during: "read message") }
        defer { amqp_destroy_message(&message) }
        return Delivery(tag: ok.delivery_tag, routingKey: AMQPBytes.string(ok.routing_key),
                        redelivered: ok.redelivered != 0, message: message)
    }

    // MARK: Helpers

    private func failOnClose(method: amqp_method_number_t, frame: inout amqp_frame_t) throws {
        switch method {
        case AMQP_CHANNEL_CLOSE_METHOD:
            let close = qadam_frame_method_decoded(&frame).assumingMemoryBound(to: amqp_channel_close_t.self).pointee
            throw AMQPError("channel closed by broker: \(close.reply_code) \(AMQPBytes.string(close.reply_text))")
        case AMQP_CONNECTION_CLOSE_METHOD:
            let close = qadam_frame_method_decoded(&frame).assumingMemoryBound(to: amqp_connection_close_t.self).pointee
            throw AMQPError("connection closed by broker: \(close.reply_code) \(AMQPBytes.string(close.reply_text))")
        default:
            return
        }
    }

    private func check(_ reply: amqp_rpc_reply_t, _ operation: String) throws {
        guard reply.reply_type == AMQP_RESPONSE_NORMAL else { throw AMQPError(reply: reply, during: operation) }
    }
}
