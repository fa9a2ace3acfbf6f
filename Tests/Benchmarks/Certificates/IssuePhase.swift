import CRabbitMQ
import EventContracts
import Foundation
import GRDB
import Messaging

/// (1b) Issuing through the whole service: passes published to the broker as assessment
/// publishes them; the running service consumes each through its inbox, numbers it, renders its
/// PDF, signs its credential, commits its rows and the event, and its relay publishes
/// `certification.certificate.issued`. Each round is timed from its first publish to the last
/// issued event it waits for, read from a queue of the benchmark's own, bound to that event.
struct IssuePhase {
    var service: RunningCertification
    var broker: BrokerSettings
    /// The issued events seen so far, over all rounds: one that comes out again in a later
    /// round is a duplicate there, not a new certificate.
    private var seen = Set<String>()
    private var duplicates = 0

    /// `bench-issued.events`, bound to the issued event on the services' exchange.
    static let topology = Topology(service: "bench-issued", bindings: [CertificateIssued.type.routingKey])

    struct Result {
        var phase: PhaseResult
    }

    init(service: RunningCertification, broker: BrokerSettings) throws {
        (self.service, self.broker) = (service, broker)
        try BrokerInspector(settings: broker).declare(Self.topology)
    }

    /// One round: `messages` published, until as many new certificates' events have come out.
    mutating func run(_ messages: [OutgoingMessage]) async throws -> Result {
        let (broker, known) = (broker, seen)
        let clock = ContinuousClock()
        let start = clock.now
        // Both on threads of their own, at once: the issued events come out while passes still go in.
        async let published: Void = onOwnThread { try BrokerInspector(settings: broker).publish(messages) }
        let received = try await onOwnThread { try Self.receiveIssued(messages.count, besides: known, settings: broker) }
        try await published
        seen.formUnion(received.ids)
        duplicates += received.duplicates
        return Result(phase: PhaseResult(messages: messages.count, duration: received.last - start))
    }

    /// After the last round: every pass has exactly one certificate and one distinct event.
    /// The relay publishes at least once (a window whose confirms it missed goes again), so an
    /// event may come out twice: counted, not failed. An event beyond the certificates is a fault.
    /// Returns the code of a certificate for the public check, and the events that came twice.
    func finish(passes: Int) throws -> (code: String, duplicates: Int) {
        let rest = try BrokerInspector(settings: broker).drain(queue: Self.topology.queue!).compactMap(\.messageId)
        let (issued, code) = try readRegistry()
        let distinct = seen.union(rest).count
        guard issued == passes, distinct == issued else {
            throw BenchFailure("\(issued) certificates issued and \(distinct) distinct events out, for \(passes) passes")
        }
        return (code, duplicates + rest.count)
    }

    /// How many certificates the service holds, and the code of the one in the middle.
    private func readRegistry() throws -> (Int, String) {
        var configuration = Configuration()
        configuration.readonly = true
        let registry = try DatabaseQueue(path: service.databasePath, configuration: configuration)
        return try registry.read { db in
            let count = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM certificate") ?? 0
            let code = try String.fetchOne(db, sql: "SELECT verificationCode FROM certificate ORDER BY registrationNumber LIMIT 1 OFFSET ?",
                                           arguments: [count / 2])
            guard let code else { throw BenchFailure("no certificate in the registry") }
            return (count, code)
        }
    }

    /// Reads issued events until `count` distinct ones not among `known` came, and says when the
    /// last of them did. Acknowledged in batches and all before the connection closes, so the
    /// broker has none to requeue: an event seen twice was sent twice.
    private static func receiveIssued(_ count: Int, besides known: Set<String>, settings: BrokerSettings) throws
        -> (last: ContinuousClock.Instant, ids: Set<String>, duplicates: Int) {
        let connection = try RawConnection(settings: settings)
        let state = connection.state
        let queue = RawConnection.bytes(topology.queue!)
        defer { amqp_bytes_free(queue) }
        amqp_basic_qos(state, RawConnection.channel, 0, UInt16(settings.prefetch), 0)
        try connection.check(amqp_get_rpc_reply(state), "basic.qos")
        amqp_basic_consume(state, RawConnection.channel, queue, amqp_empty_bytes, 0, 0, 0, amqp_empty_table)
        try connection.check(amqp_get_rpc_reply(state), "basic.consume")
        var ids = Set<String>()
        var duplicates = 0
        while ids.count < count {
            amqp_maybe_release_buffers(state)
            var envelope = amqp_envelope_t()
            // Generous: a certificate takes milliseconds, but the first waits for the service's first batch.
            var timeout = timeval(tv_sec: 60, tv_usec: 0)
            try connection.check(amqp_consume_message(state, &envelope, &timeout, 0), "issued event \(ids.count + 1) of \(count)")
            let properties = envelope.message.properties
            let (type, id) = (text(properties.type, if: qadam_basic_type_flag(), in: properties),
                              text(properties.message_id, if: qadam_basic_message_id_flag(), in: properties))
            let tag = envelope.delivery_tag
            amqp_destroy_envelope(&envelope)
            guard type == CertificateIssued.type.fullName, let id else {
                throw BenchFailure("a message of type \(type ?? "none") and id \(id ?? "none") came out")
            }
            if known.contains(id) || !ids.insert(id).inserted { duplicates += 1 }
            if ids.count % 100 == 0 || ids.count == count {
                try connection.check(status: amqp_basic_ack(state, RawConnection.channel, tag, 1), "basic.ack")
            }
        }
        return (.now, ids, duplicates)
    }

    /// A text property of a delivery, if it carries one.
    private static func text(_ bytes: amqp_bytes_t, if flag: amqp_flags_t, in properties: amqp_basic_properties_t) -> String? {
        guard properties._flags & flag != 0 else { return nil }
        return String(decoding: UnsafeRawBufferPointer(start: bytes.bytes, count: bytes.len), as: UTF8.self)
    }
}
