import CRabbitMQ
import Foundation
import Messaging

/// (a) The publishing baseline: persistent messages of a fixed size straight through
/// rabbitmq-c, with publisher confirms and a sliding window of unconfirmed messages.
struct RawPublish {
    var settings: BrokerSettings
    var exchange: String
    var routingKey: String
    var count: Int
    var bodySize = 300
    var window = 1_000

    func run() throws -> PhaseResult {
        let connection = try RawConnection(settings: settings)
        let state = connection.state
        amqp_confirm_select(state, RawConnection.channel)
        try connection.check(amqp_get_rpc_reply(state), "confirm.select")

        // Everything a publish needs is built once: the baseline pays for nothing but the call.
        let exchangeBytes = RawConnection.bytes(exchange)
        let routingKeyBytes = RawConnection.bytes(routingKey)
        let body = amqp_bytes_malloc(bodySize)
        memset(body.bytes, Int32(UInt8(ascii: "x")), bodySize)
        defer { [exchangeBytes, routingKeyBytes, body].forEach(amqp_bytes_free) }
        var properties = amqp_basic_properties_t()
        properties._flags = qadam_basic_delivery_mode_flag()
        properties.delivery_mode = 2

        var confirms = ConfirmCount(capacity: count)
        var published = 0
        let clock = ContinuousClock()
        let start = clock.now
        while confirms.settledCount < count {
            if published < count && published - confirms.settledCount < window {
                let status = amqp_basic_publish(state, RawConnection.channel, exchangeBytes, routingKeyBytes,
                                                0, 0, &properties, body)
                try connection.check(status: status, "basic.publish")
                published += 1
                // Take the confirms already read, without waiting, to keep the window open.
                if connection.hasBufferedInput { try readConfirms(connection, into: &confirms, wait: false) }
            } else {
                try readConfirms(connection, into: &confirms, wait: true)
            }
        }
        let elapsed = clock.now - start
        guard confirms.refused == 0 else { throw BenchFailure("the broker refused \(confirms.refused) messages") }
        return PhaseResult(messages: confirms.confirmed, duration: elapsed)
    }

    /// Reads confirm frames: with `wait`, blocks for the first one; then takes whatever else
    /// is already buffered.
    private func readConfirms(_ connection: RawConnection, into confirms: inout ConfirmCount, wait: Bool) throws {
        var blocking = wait
        repeat {
            var frame = amqp_frame_t()
            var timeout = timeval(tv_sec: blocking ? 30 : 0, tv_usec: 0)
            let status = amqp_simple_wait_frame_noblock(connection.state, &frame, &timeout)
            if status == AMQP_STATUS_TIMEOUT.rawValue {
                if blocking { throw BenchFailure("no publisher confirm for 30 s") }
                return
            }
            try connection.check(status: status, "wait for confirms")
            blocking = false
            guard frame.frame_type == UInt8(AMQP_FRAME_METHOD) else { continue }
            switch qadam_frame_method_id(&frame) {
            case AMQP_BASIC_ACK_METHOD:
                let ack = qadam_frame_method_decoded(&frame).assumingMemoryBound(to: amqp_basic_ack_t.self).pointee
                confirms.settle(tag: ack.delivery_tag, multiple: ack.multiple != 0, refused: false)
            case AMQP_BASIC_NACK_METHOD:
                let nack = qadam_frame_method_decoded(&frame).assumingMemoryBound(to: amqp_basic_nack_t.self).pointee
                confirms.settle(tag: nack.delivery_tag, multiple: nack.multiple != 0, refused: true)
            case let method:
                throw BenchFailure("unexpected method \(method) while waiting for confirms")
            }
        } while connection.hasBufferedInput
    }
}
