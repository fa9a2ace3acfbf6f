import CertificationService
import EventContracts
import Foundation
import Messaging
import TestSupport

/// `qadam-bench certificates`: certificates and their public check, each against a baseline
/// measured in the same run.
///
/// 1. The renderer alone (a), then issuing through the running service (b), event in to event
///    out, in five alternating rounds: `issue-ratio` (b/a, the median of the rounds') says what
///    the rest of issuing costs beside the PDF.
/// 2. TCPDF drawing the same documents: `peer-speedup` (TCPDF's time per certificate over ours).
/// 3. Under load, the bare Hummingbird route (a), the service's `/health/live` (b) and the
///    public check (c): `stack-ratio` (b/a) is what the services' stack leaves of the
///    framework's rate, `check-ratio` (c/a) what the check leaves (each the median of five
///    alternating rounds'); then (c) at half its peak rate for its p99 there.
///
/// One service runs throughout: the certificates (b) issues are the ones (c) checks.
///
/// `issuing` alone (`scripts/bench certificates issuing`) runs only 1, in under a minute: for
/// trying a change to the issuing path in many alternating runs. `check` alone runs only 3,
/// against a few certificates issued first, in about two minutes: the same for the check.
enum CertificatesBenchmark {
    /// Which phases a run takes.
    enum Part: String, Sendable {
        case all, issuing, check
    }

    static let certificates = 1_000
    /// (1a) and (1b) in this many rounds of a fifth of the certificates each.
    static let rounds = 5
    /// TCPDF takes several times as long a certificate: fewer of them keep the run short, and
    /// a few hundred are plenty for a mean of milliseconds each.
    static let peerCertificates = 300
    /// What `check` alone issues first, for the check to find one of them.
    static let checkedCertificates = 20

    static func run(_ part: Part = .all) async throws {
        let passes = BenchPasses.make(part == .check ? checkedCertificates : certificates)
        let broker = try await TestBroker.virtualHost("bench-certificates")
        let service = try await RunningCertification(broker: broker)
        do {
            if part == .check {
                try await runCheck(passes, service: service, broker: broker)
            } else {
                try await runPhases(passes, service: service, broker: broker, issuingOnly: part == .issuing)
            }
        } catch {
            await service.stop()
            throw error
        }
        await service.stop()
    }

    private static func runPhases(_ passes: [ListenerPassed], service: RunningCertification, broker: BrokerSettings,
                                  issuingOnly: Bool) async throws {
        try await service.waitUntilReady()
        let profiler = Profiler()
        say("\(certificates) certificates, two pages each (Appendices 3 and 4, eight rows in the table), a name of their own each")

        let rendering = try CertificateRendering(service.settings)
        let scratch = try TemporaryDirectory()
        let messages = try BenchPasses.messages(passes, in: scratch)
        var issuing = try IssuePhase(service: service, broker: broker)
        // In alternating rounds, (1a) then (1b), for the same reason as the loads' (LoadPhase).
        var rendered: [RenderPhase.Result] = [], issued: [PhaseResult] = []
        let size = certificates / rounds
        for round in 0..<rounds {
            let share = round * size ..< (round + 1) * size
            rendered.append(try await profiler.recording("render-\(round + 1)") {
                try await measure {
                    try RenderPhase(rendering: rendering, passes: passes[share], firstNumber: share.lowerBound + 1,
                                    warmUp: round == 0 ? 5 : 0).run()
                }
            })
            issued.append(try await profiler.recording("issue-\(round + 1)") {
                try await measure { try await issuing.run(Array(messages[share])) }
            }.phase)
        }
        let render = pooled(rendered.map(\.phase)), issue = pooled(issued)
        report("(1a) render alone (CertificatePages, PDFRenderer)", render)
        say("     \(rendered.map(\.bytes).reduce(0, +) / certificates / 1024) KB a PDF on average")
        report("(1b) issue: pass in, number, PDF, rows, event out", issue)
        let issueRatios = zip(issued, rendered).map { $0.rate / $1.phase.rate }
        say("     \(rounds) rounds of \(size), alternating; issue-ratio by round: "
            + issueRatios.map { String(format: "%.2f", $0) }.joined(separator: ", "))
        let (code, duplicates) = try issuing.finish(passes: certificates)
        if duplicates > 0 {
            // Which side sent them twice: the service's relay, or the broker.
            let counters = try await service.metrics(["qadam_outbox_published_total", "qadam_inbox_processed_total",
                                                      "qadam_inbox_duplicates_total"])
            say("     \(duplicates) issued events came out a second time; the service's counters: \(counters)")
        }
        if issuingOnly {
            say(String(format: "issue-ratio: %.2f", BusBenchmark.median(issueRatios)))
            return
        }

        let peer = try await PeerPhase(documents: rendered.flatMap(\.documents), count: peerCertificates).run()
        let ours = render.seconds * 1e3 / Double(render.messages)
        say("(2)  " + peer.summary)
        say(String(format: "(2)  ours: %.3f ms per certificate (1a)", ours))

        let load = try await runLoad(service: service, code: code)
        summarize(issue: BusBenchmark.median(issueRatios), peer: peer.millisecondsPerCertificate / ours, load: load)
    }

    /// `check` alone: a few certificates issued in one round, then (3).
    private static func runCheck(_ passes: [ListenerPassed], service: RunningCertification, broker: BrokerSettings) async throws {
        try await service.waitUntilReady()
        let scratch = try TemporaryDirectory()
        var issuing = try IssuePhase(service: service, broker: broker)
        _ = try await issuing.run(try BenchPasses.messages(passes, in: scratch))
        let (code, _) = try issuing.finish(passes: passes.count)
        say("\(passes.count) certificates issued, for the check to find")
        summarize(issue: nil, peer: nil, load: try await runLoad(service: service, code: code))
    }

    private static func runLoad(service: RunningCertification, code: String) async throws -> LoadPhase.Result {
        let loadPhase = LoadPhase(service: service, code: code)
        say("(3)  wrk -t\(loadPhase.wrk.threads) -c\(loadPhase.wrk.connections), \(loadPhase.warmUp) s warm-up; the public check's limiter set to "
            + "PUBLIC_RATE_BURST=\(RunningCertification.unlimited) and PUBLIC_RATE_PER_MINUTE=\(RunningCertification.unlimited), "
            + "so that it admits the load")
        return try await loadPhase.run(report: report, say: say)
    }

    /// Rounds of one phase as one: their certificates, their time and their CPU summed.
    private static func pooled(_ rounds: [PhaseResult]) -> PhaseResult {
        var cpu = CPUTime(client: 0, broker: 0)
        for round in rounds {
            cpu.client += round.cpu?.client ?? 0
            cpu.broker = cpu.broker.flatMap { sum in round.cpu?.broker.map { sum + $0 } }
        }
        return PhaseResult(messages: rounds.map(\.messages).reduce(0, +), duration: rounds.map(\.duration).reduce(.zero, +), cpu: cpu)
    }

    /// The goals, met or missed, then the ratios, last, as `scripts/bench` prints them (those of
    /// the phases run). `tail-ratio` is the check's p99 at half its peak over the bare route's
    /// at the same rate: how much of the check's tail is the check's own (1 would be none),
    /// where the p99 goal itself is an absolute figure that the host's weather moves for every
    /// route alike.
    private static func summarize(issue: Double?, peer: Double?, load: LoadPhase.Result) {
        func goal(_ name: String, _ value: String, _ goal: String, _ met: Bool) -> String {
            "\(name) \(value) (goal \(goal): \(met ? "met" : "missed"))"
        }
        // One more digit than the ratios' lines: 0.796 is short of 0.8, though it prints as 0.80.
        var goals: [String] = [], ratios: [String] = []
        if let issue {
            goals.append(goal("issue-ratio", String(format: "%.3f", issue), "≥ 0.8", issue >= 0.8))
            ratios.append(String(format: "issue-ratio: %.2f", issue))
        }
        if let peer {
            goals.append(goal("peer-speedup", String(format: "%.2f", peer), "≥ 3", peer >= 3))
            ratios.append(String(format: "peer-speedup: %.1f", peer))
        }
        goals += [
            goal("check-ratio", String(format: "%.3f", load.checkRatio), "≥ 0.5", load.checkRatio >= 0.5),
            goal("the check's p99 at half its peak", String(format: "%.1f ms", load.paced.p99), "< 10 ms", load.paced.p99 < 10),
            goal("stack-ratio", String(format: "%.3f", load.stackRatio), "≥ 0.8", load.stackRatio >= 0.8),
        ]
        ratios += [String(format: "check-ratio: %.2f", load.checkRatio), String(format: "stack-ratio: %.2f", load.stackRatio),
                   String(format: "tail-ratio: %.2f", load.tailRatio)]
        say("goals: " + goals.joined(separator: "; "))
        ratios.forEach(say)
    }

    /// Runs a phase and adds to its result the CPU used meanwhile: this process's (the service's
    /// too, when it works) and the broker's.
    private static func measure<Result>(_ phase: () async throws -> Result) async rethrows -> Result
        where Result: MeasuredPhase {
        let before = CPUTime.now()
        var result = try await phase()
        result.phase.cpu = CPUTime.now() - before
        return result
    }

    private static func report(_ phase: String, _ result: PhaseResult) {
        var figures = String(format: "%5d certificates  %7.3f s  %7.1f certificates/s  %6.2f ms each",
                             result.messages, result.seconds, result.rate, result.seconds * 1e3 / Double(result.messages))
        // CPU per certificate: this process's, and the broker's where the script named it.
        if let cpu = result.cpu {
            figures += String(format: "  CPU each: process %5.2f ms", result.perMessage(cpu.client) / 1e3)
            if let broker = cpu.broker { figures += String(format: ", broker %5.2f ms", result.perMessage(broker) / 1e3) }
        }
        say(phase.padding(toLength: 52, withPad: " ", startingAt: 0) + figures)
    }

    private static func report(_ target: String, _ figures: LoadFigures) {
        say(target.padding(toLength: 52, withPad: " ", startingAt: 0)
            + String(format: "%8.0f req/s  p50 %6.2f ms  p90 %6.2f ms  p99 %6.2f ms  max %7.2f ms",
                     figures.rate, figures.p50, figures.p90, figures.p99, figures.max))
    }

    private static func say(_ line: String) { BusBenchmark.say(line) }
}

/// A phase's result that carries a `PhaseResult`, for `measure` to add the CPU to.
protocol MeasuredPhase {
    var phase: PhaseResult { get set }
}

extension RenderPhase.Result: MeasuredPhase {}
extension IssuePhase.Result: MeasuredPhase {}
