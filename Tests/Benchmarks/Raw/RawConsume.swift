import CRabbitMQ
import Foundation
import Messaging

/// (c) The consuming baseline: basic.consume with a prefetch, reading each delivery and
/// acknowledging in batches (multiple = true), straight through rabbitmq-c.
struct RawConsume {
    var settings: BrokerSettings
    var queue: String
    var count: Int
    var expectedBodySize: Int
    var ackEvery = 100

    func run() throws -> PhaseResult {
        let clock = ContinuousClock()
        // Timed from the connection on, as the inbox consumer is (it connects when it starts).
        let start = clock.now
        let connection = try RawConnection(settings: settings)
        let state = connection.state
        // The services' prefetch, from the same settings.
        amqp_basic_qos(state, RawConnection.channel, 0, UInt16(settings.prefetch), 0)
        try connection.check(amqp_get_rpc_reply(state), "basic.qos")
        let queueBytes = RawConnection.bytes(queue)
        defer { amqp_bytes_free(queueBytes) }
        amqp_basic_consume(state, RawConnection.channel, queueBytes, amqp_empty_bytes, 0, 0, 0, amqp_empty_table)
        try connection.check(amqp_get_rpc_reply(state), "basic.consume")

        var received = 0
        while received < count {
            amqp_maybe_release_buffers(state)
            var envelope = amqp_envelope_t()
            var timeout = timeval(tv_sec: 30, tv_usec: 0)
            let reply = amqp_consume_message(state, &envelope, &timeout, 0)
            try connection.check(reply, "consume message \(received + 1) of \(count)")
            let tag = envelope.delivery_tag
            let size = envelope.message.body.len
            amqp_destroy_envelope(&envelope)
            guard size == expectedBodySize else { throw BenchFailure("a delivery of \(size) bytes, not \(expectedBodySize)") }
            received += 1
            if received % ackEvery == 0 || received == count {
                try connection.check(status: amqp_basic_ack(state, RawConnection.channel, tag, 1), "basic.ack")
            }
        }
        return PhaseResult(messages: received, duration: clock.now - start)
    }
}
