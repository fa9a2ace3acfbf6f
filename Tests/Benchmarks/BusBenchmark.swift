import Foundation
import Messaging
import TestSupport

/// `qadam-bench bus`: the event bus against raw rabbitmq-c on the same broker, in one run.
///
/// The baselines share a fresh virtual host, and so do the real phases: (c) drains the queue
/// that (a) filled, and (d) the queue that (b) filled, so each consumer meets exactly the
/// messages its publisher produced. Both queues are the quorum queue a service consumes from.
///
/// The four phases run three times over, each round with its own virtual hosts and databases,
/// and each ratio printed last is the median of the rounds'. Why: the machine is shared,
/// and one evening's single rounds of the same code gave inbox-ratios from 0.39 to 0.57. A
/// baseline measured seconds before its phase, in every round, leaves less of that load in
/// the figure, and a median of rounds less still.
enum BusBenchmark {
    static let messages = 50_000
    static let rawBodySize = 300
    static let rounds = 3

    static func run() async throws {
        var results: [Round] = []
        for number in 1...rounds {
            results.append(try await round(number))
        }
        let busRatios = results.map { $0.relayed.rate / $0.published.rate }
        let inboxRatios = results.map { $0.handled.rate / $0.consumed.rate }
        say("rounds' bus-ratios: \(figures(busRatios)); inbox-ratios: \(figures(inboxRatios))")
        say(String(format: "bus-ratio: %.2f", median(busRatios)))
        say(String(format: "inbox-ratio: %.2f", median(inboxRatios)))
    }

    /// The four phases' results in one round.
    struct Round {
        var published, relayed, consumed, handled: PhaseResult
    }

    static func round(_ number: Int) async throws -> Round {
        let directory = try TemporaryDirectory()
        let topology = BenchFixtures.topology
        let queue = BenchFixtures.queue
        let raw = try await TestBroker.virtualHost("bench-raw")
        let real = try await TestBroker.virtualHost("bench-real")
        try BrokerInspector(settings: raw).declare(topology)
        try BrokerInspector(settings: real).declare(topology)

        let producer = try BenchFixtures.database(at: directory.path("producer.sqlite"))
        let consumer = try BenchFixtures.database(at: directory.path("consumer.sqlite"))
        let relay = RelayPhase(settings: real, database: producer, count: messages)
        try relay.fillOutbox()
        let eventSize = try BenchFixtures.count("SELECT CAST(AVG(LENGTH(body)) AS INTEGER) FROM outbox", in: producer)
        say("round \(number) of \(rounds): \(messages) messages a phase; raw bodies \(rawBodySize) bytes, event envelopes \(eventSize) bytes on average")

        let rawPublish = RawPublish(settings: raw, exchange: topology.exchange, routingKey: BenchEvent.type.routingKey,
                                    count: messages, bodySize: rawBodySize)
        let published = try await measure { try rawPublish.run() }
        try expectReady(messages, in: queue, settings: raw)
        report("(a) raw publish, confirm window \(rawPublish.window)", published)

        let relayed = try await measure { try await relay.run() }
        try expectReady(messages, in: queue, settings: real)
        report("(b) outbox relay (Outbox, OutboxRelay, Publisher)", relayed)

        let rawConsume = RawConsume(settings: raw, queue: queue, count: messages, expectedBodySize: rawBodySize)
        let consumed = try await measure { try rawConsume.run() }
        report("(c) raw consume, acks in batches of \(rawConsume.ackEvery)", consumed)

        let handled = try await measure {
            try await InboxPhase(settings: real, database: consumer, count: messages).run()
        }
        report("(d) inbox (InboxConsumer, Consumer, EventHandlers)", handled)
        return Round(published: published, relayed: relayed, consumed: consumed, handled: handled)
    }

    /// The middle value; of an even count, the mean of the two middle ones.
    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        let half = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[half] : (sorted[half - 1] + sorted[half]) / 2
    }

    private static func figures(_ ratios: [Double]) -> String {
        ratios.map { String(format: "%.2f", $0) }.joined(separator: ", ")
    }

    /// Runs a phase and adds to its result the CPU used meanwhile.
    private static func measure(_ phase: () async throws -> PhaseResult) async rethrows -> PhaseResult {
        let before = CPUTime.now()
        var result = try await phase()
        result.cpu = CPUTime.now() - before
        return result
    }

    /// Every confirmed message must be waiting in the queue, no more and no fewer.
    private static func expectReady(_ expected: Int, in queue: String, settings: BrokerSettings) throws {
        let ready = try BrokerInspector(settings: settings).readyCount(queue: queue)
        guard ready == expected else { throw BenchFailure("\(ready) messages in \(queue), not \(expected)") }
    }

    private static func report(_ phase: String, _ result: PhaseResult) {
        var figures = String(format: "%6d messages  %7.3f s  %8.0f msg/s",
                             result.messages, result.seconds, result.rate)
        // CPU per message: this process's, and the broker's where the script named it.
        if let cpu = result.cpu {
            figures += String(format: "  CPU/msg: client %5.1f µs", result.perMessage(cpu.client))
            if let broker = cpu.broker { figures += String(format: ", broker %5.1f µs", result.perMessage(broker)) }
        }
        say(phase.padding(toLength: 52, withPad: " ", startingAt: 0) + figures)
    }

    /// Straight to the file descriptor, so each line shows as soon as its phase ends even
    /// when the output goes to a pipe.
    static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}
