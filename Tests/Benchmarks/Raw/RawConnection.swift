import CRabbitMQ
import Foundation
import Messaging

/// A bare rabbitmq-c connection with one channel, for the baselines: the same calls the
/// Messaging wrapper makes, with none of its threads, queues or per-message copies, so that
/// the baselines show what the C library and the broker can do on this machine.
final class RawConnection {
    static let channel: amqp_channel_t = 1
    let state: amqp_connection_state_t

    init(settings: BrokerSettings) throws {
        guard let state = amqp_new_connection() else { throw BenchFailure("cannot allocate a connection") }
        self.state = state
        guard let socket = amqp_tcp_socket_new(state) else {
            amqp_destroy_connection(state)
            throw BenchFailure("cannot allocate a socket")
        }
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        let status = amqp_socket_open_noblock(socket, settings.host, Int32(settings.port), &timeout)
        guard status == AMQP_STATUS_OK.rawValue else {
            amqp_destroy_connection(state)
            throw BenchFailure("connect to \(settings.host):\(settings.port): status \(status)")
        }
        do {
            try check(qadam_amqp_login(state, settings.virtualHost, 0, 131_072, 0, settings.user, settings.password), "login")
            amqp_channel_open(state, Self.channel)
            try check(amqp_get_rpc_reply(state), "channel.open")
        } catch {
            amqp_destroy_connection(state)
            throw error
        }
    }

    deinit {
        amqp_channel_close(state, Self.channel, Int32(AMQP_REPLY_SUCCESS))
        amqp_connection_close(state, Int32(AMQP_REPLY_SUCCESS))
        amqp_destroy_connection(state)
    }

    func check(_ reply: amqp_rpc_reply_t, _ operation: String) throws {
        guard reply.reply_type == AMQP_RESPONSE_NORMAL else {
            throw BenchFailure("\(operation) failed (reply type \(reply.reply_type.rawValue), library error \(reply.library_error))")
        }
    }

    func check(status: Int32, _ operation: String) throws {
        guard status == AMQP_STATUS_OK.rawValue else {
            let text = amqp_error_string2(status).map { String(cString: $0) } ?? "status \(status)"
            throw BenchFailure("\(operation): \(text)")
        }
    }

    /// Whether rabbitmq-c holds frames or bytes already read, which need no wait.
    var hasBufferedInput: Bool { amqp_frames_enqueued(state) != 0 || amqp_data_in_buffer(state) != 0 }

    /// A copy owned by rabbitmq-c: `amqp_cstring_bytes` on a Swift string would dangle.
    static func bytes(_ string: String) -> amqp_bytes_t {
        string.withCString { amqp_bytes_malloc_dup(amqp_cstring_bytes($0)) }
    }
}
