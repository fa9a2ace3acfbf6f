import Foundation
import TestSupport

/// (3) HTTP under load, three targets, each measured by wrk with the same threads and
/// connections: (a) the bare Hummingbird route, the framework's ceiling on this machine; (b) the
/// service's `/health/live`, the same small JSON through the services' whole stack; (c) the
/// public check by verification code. Then (c) again at half its measured peak, at a fixed rate
/// (`PacedLoad`), for its latency where it is not saturated, and (a) at that same rate: the
/// latency the machine, the pacer and the framework give a route that does nothing, the floor
/// under (c)'s.
///
/// Both loads go in alternating rounds, (a), (b), (c) and then (c), (a), five times each, and the
/// ratios are the medians of the rounds'. The host under these virtual machines is shared: a
/// round it slows stalls any route, the bare one too. One 10-second run of each target put
/// `stack-ratio` anywhere from 0.75 to 1.03, and the floor's p99 anywhere from 6 to 22 ms.
/// Alternating gives each target the same weather as its baseline, and the median leaves out
/// a round's storm.
///
/// wrk and the target share the two cores. wrk's own CPU grows with the rate it drives, so it
/// takes more from a fast target than from a slow one: if anything, the ratios flatter (b) and (c).
struct LoadPhase {
    var service: RunningCertification
    var code: String
    var wrk = Wrk()
    var warmUp = 2
    /// Each load: this many rounds of each target, each this long.
    var rounds = 5
    var roundSeconds = 3
    var pacedSeconds = 4
    /// Records each target's rounds when `QADAM_BENCH_PERF` names a folder.
    var profiler = Profiler()

    struct Result {
        /// Each target's rounds as one (`LoadFigures.median`).
        var bare, health, check, paced, pacedBare: LoadFigures
        var pacedRate: Double
        /// The medians of the rounds' (c)/(a) and (b)/(a) rates, and of their p99s at the fixed rate.
        var checkRatio, stackRatio, tailRatio: Double
    }

    func run(report: (String, LoadFigures) -> Void, say: (String) -> Void) async throws -> Result {
        let directory = try TemporaryDirectory()
        let bareRoute = try await BareRoute(logTo: directory.path("bare-route.out"))
        do {
            let result = try await run(bareRoute: bareRoute, in: directory, report: report, say: say)
            await bareRoute.stop()
            return result
        } catch {
            await bareRoute.stop()
            throw error
        }
    }

    private func run(bareRoute: BareRoute, in directory: TemporaryDirectory, report: (String, LoadFigures) -> Void,
                     say: (String) -> Void) async throws
        -> Result {
        let checkURL = service.url("/v1/public/certificates/\(code)")
        let targets: [(url: String, name: String, pid: pid_t)] = [
            (bareRoute.url, "bare", bareRoute.pid), (service.url("/health/live"), "health", getpid()), (checkURL, "check", getpid()),
        ]
        // Each warmed up once: its connections, its caches, the CPU's frequency.
        for target in targets { _ = try await wrk.run(target.url, seconds: warmUp, in: directory) }
        var full: [[LoadFigures]] = [[], [], []]
        for round in 1...rounds {
            for (index, target) in targets.enumerated() {
                full[index].append(try await measure(target.url, profile: "\(target.name)-\(round)", pid: target.pid, in: directory))
            }
        }
        let (bare, health, check) = (LoadFigures.median(of: full[0]), LoadFigures.median(of: full[1]), LoadFigures.median(of: full[2]))
        report("(3a) bare Hummingbird route, no middleware", bare)
        report("(3b) certification's /health/live", health)
        report("(3c) public check by code (JSON)", check)
        let checkRatios = zip(full[2], full[0]).map { $0.rate / $1.rate }, stackRatios = zip(full[1], full[0]).map { $0.rate / $1.rate }
        say("     \(rounds) rounds of \(roundSeconds) s each, alternating; rates and ratios by round, (3a), (3b), (3c): "
            + (0..<rounds).map { String(format: "%.0f, %.0f, %.0f (%.2f, %.2f)", full[0][$0].rate, full[1][$0].rate,
                                        full[2][$0].rate, stackRatios[$0], checkRatios[$0]) }.joined(separator: "; "))

        let pacedRate = (check.rate / 2).rounded()
        var checkRounds: [Paced] = [], bareRounds: [Paced] = []
        for _ in 0..<rounds {
            checkRounds.append(try await pace(checkURL, rate: pacedRate, pid: getpid(), in: directory))
            bareRounds.append(try await pace(bareRoute.url, rate: pacedRate, pid: bareRoute.pid, in: directory))
        }
        let paced = LoadFigures.median(of: checkRounds.map(\.figures)), pacedBare = LoadFigures.median(of: bareRounds.map(\.figures))
        report(String(format: "(3c) at half its peak: %.0f req/s, fixed rate", pacedRate), paced)
        report(String(format: "(3a) at the same %.0f req/s, fixed rate", pacedRate), pacedBare)
        say("     the medians of \(rounds) rounds of \(pacedSeconds) s each, alternating; p99 by round, (3c) / (3a): "
            + zip(checkRounds, bareRounds).map { String(format: "%.2f / %.2f ms", $0.figures.p99, $1.figures.p99) }.joined(separator: ", "))
        for (target, rounds) in [("(3c)", checkRounds), ("(3a)", bareRounds)] {
            say("     \(target) paced, medians of the rounds: " + Paced.summary(rounds))
        }
        return Result(bare: bare, health: health, check: check, paced: paced, pacedBare: pacedBare, pacedRate: pacedRate,
                      checkRatio: BusBenchmark.median(checkRatios), stackRatio: BusBenchmark.median(stackRatios),
                      tailRatio: paced.p99 / pacedBare.p99)
    }

    /// One round of a target at full speed. No answer may be an error: a 429 would mean the
    /// limiter answered, not the route.
    private func measure(_ url: String, profile: String, pid: pid_t, in directory: TemporaryDirectory) async throws -> LoadFigures {
        let figures = try await profiler.recording(profile, pid: pid) { try await wrk.run(url, seconds: roundSeconds, in: directory) }
        try Self.expectClean(figures, url)
        return figures
    }

    /// One paced round: its figures, the CPU the target took a request, and how busy the
    /// machine was meanwhile, and how much of it the host took.
    struct Paced {
        var figures: LoadFigures
        var microsecondsPerRequest: Double?
        var machine: (busy: Double, stolen: Double)?

        static func summary(_ rounds: [Paced]) -> String {
            func median(_ values: [Double]) -> Double? { values.isEmpty ? nil : BusBenchmark.median(values) }
            var parts: [String] = []
            if let cpu = median(rounds.compactMap(\.microsecondsPerRequest)) {
                parts.append(String(format: "the target's CPU %.0f µs a request", cpu))
            }
            if let cpu = median(rounds.compactMap { round in round.figures.generatorCPU.map { $0 * 1e6 / Double(max(1, round.figures.requests)) } }) {
                parts.append(String(format: "the pacer's %.0f µs", cpu))
            }
            if let busy = median(rounds.compactMap(\.machine?.busy)), let stolen = median(rounds.compactMap(\.machine?.stolen)) {
                parts.append(String(format: "the machine %.0f %% busy, %.0f %% stolen by the host", busy * 100, stolen * 100))
            }
            return parts.joined(separator: "; ")
        }
    }

    /// The same connections and threads as wrk's, each connection on its own schedule: the
    /// pacer's threads wait in `select` between requests, so it takes far less CPU than wrk at
    /// full speed would.
    private func pace(_ url: String, rate: Double, pid: pid_t, in directory: TemporaryDirectory) async throws -> Paced {
        let output = directory.path("pace.out")
        let (machineBefore, cpuBefore) = (MachineCPU.now(), CPUTime.seconds(ofProcess: pid))
        let pacer = try ChildProcess(BenchExecutables.bench, ["pace", url, "\(rate)", "\(pacedSeconds)", "\(wrk.connections)"],
                                     output: output)
        let status = await pacer.exitCode()
        let (machineAfter, cpuAfter) = (MachineCPU.now(), CPUTime.seconds(ofProcess: pid))
        let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        guard status == 0, let figures = LoadFigures(output: text, prefix: "paced-figures") else {
            throw BenchFailure("the paced load on \(url) failed (exit \(status)):\n\(text)")
        }
        try Self.expectClean(figures, url)
        // The pacer's start and stop (0.2 s before its first request) are in the figures too.
        let perRequest = cpuBefore.flatMap { before in cpuAfter.map { ($0 - before) * 1e6 / Double(max(1, figures.requests)) } }
        return Paced(figures: figures, microsecondsPerRequest: perRequest,
                     machine: machineBefore.flatMap { before in machineAfter?.since(before) })
    }

    private static func expectClean(_ figures: LoadFigures, _ url: String) throws {
        guard figures.errors == 0, figures.httpErrors == 0 else {
            throw BenchFailure("\(url): \(figures.errors) errors and \(figures.httpErrors) answers of status 400 or more under load")
        }
    }
}
