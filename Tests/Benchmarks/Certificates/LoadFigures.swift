import Foundation

/// One load run's figures, read from the line that wrk's script (Wrk/figures.lua) or
/// `PacedLoad` prints: `…-figures requests=N duration_us=N errors=N http_errors=N p50_us=N …`.
struct LoadFigures {
    var requests: Int
    var seconds: Double
    /// Connections that failed, reads and writes that failed, requests that timed out.
    var errors: Int
    /// Answers of status 400 or more: a 429 would mean the limiter, not the route, answered.
    var httpErrors: Int
    /// Latency percentiles, in milliseconds.
    var p50, p90, p99, max: Double
    /// The load generator's own CPU over the run, in seconds, where it says (`PacedLoad` does).
    var generatorCPU: Double?

    var rate: Double { Double(requests) / seconds }

    init(requests: Int, seconds: Double, errors: Int, httpErrors: Int, p50: Double, p90: Double, p99: Double, max: Double,
         generatorCPU: Double? = nil) {
        (self.requests, self.seconds, self.errors, self.httpErrors) = (requests, seconds, errors, httpErrors)
        (self.p50, self.p90, self.p99, self.max, self.generatorCPU) = (p50, p90, p99, max, generatorCPU)
    }

    /// Several rounds of one load as one: their requests, time and errors summed, and the median
    /// of each percentile (the maximum, the largest). A round the machine's host slowed (on these
    /// shared machines a route that does nothing has had a p99 of 3 ms in one round and 70 in
    /// the next) then moves the figures no more than any other round does.
    static func median(of rounds: [LoadFigures]) -> LoadFigures {
        func median(_ value: (LoadFigures) -> Double) -> Double { BusBenchmark.median(rounds.map(value)) }
        return LoadFigures(requests: rounds.map(\.requests).reduce(0, +), seconds: rounds.map(\.seconds).reduce(0, +),
                           errors: rounds.map(\.errors).reduce(0, +), httpErrors: rounds.map(\.httpErrors).reduce(0, +),
                           p50: median(\.p50), p90: median(\.p90), p99: median(\.p99), max: rounds.map(\.max).max() ?? 0)
    }

    init?(output: String, prefix: String) {
        guard let line = output.split(separator: "\n").last(where: { $0.hasPrefix(prefix + " ") }) else { return nil }
        var values: [String: Double] = [:]
        for pair in line.split(separator: " ").dropFirst() {
            let parts = pair.split(separator: "=", maxSplits: 1)
            if parts.count == 2, let value = Double(parts[1]) { values[String(parts[0])] = value }
        }
        guard let requests = values["requests"], let duration = values["duration_us"], let errors = values["errors"],
              let httpErrors = values["http_errors"], let p50 = values["p50_us"], let p90 = values["p90_us"],
              let p99 = values["p99_us"], let max = values["max_us"], duration > 0 else { return nil }
        (self.requests, seconds, self.errors, self.httpErrors) = (Int(requests), duration / 1e6, Int(errors), Int(httpErrors))
        (self.p50, self.p90, self.p99, self.max) = (p50 / 1e3, p90 / 1e3, p99 / 1e3, max / 1e3)
        generatorCPU = values["generator_cpu_us"].map { $0 / 1e6 }
    }

    /// The line `init(output:prefix:)` reads, for a generator of ours to print; its own CPU,
    /// if given, in seconds as `generatorCPU` holds it.
    static func line(prefix: String, requests: Int, microseconds: Double, errors: Int, httpErrors: Int,
                     percentiles: (p50: Double, p90: Double, p99: Double, max: Double), generatorCPU: Double? = nil) -> String {
        prefix + String(format: " requests=%d duration_us=%.0f errors=%d http_errors=%d p50_us=%.0f p90_us=%.0f p99_us=%.0f max_us=%.0f",
                         requests, microseconds, errors, httpErrors, percentiles.p50, percentiles.p90, percentiles.p99, percentiles.max)
            + (generatorCPU.map { String(format: " generator_cpu_us=%.0f", $0 * 1e6) } ?? "")
    }
}
