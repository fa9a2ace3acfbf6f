import Foundation
import TestSupport

/// wrk (Debian's), closed loop: each connection sends its next request as soon as the answer
/// to its last one is in, so the figures are the most the target answers with this many
/// connections, and the latency under that load.
struct Wrk {
    var threads = 2
    var connections = 32

    func run(_ url: String, seconds: Int, in directory: TemporaryDirectory) async throws -> LoadFigures {
        let script = RepositoryPaths.root.appendingPathComponent("Tests/Benchmarks/Wrk/figures.lua").path
        let output = directory.path("wrk-\(UUID().uuidString.prefix(8)).out")
        let wrk = try ChildProcess("/usr/bin/wrk", ["-t\(threads)", "-c\(connections)", "-d\(seconds)s", "-s", script, url],
                                   output: output)
        let status = await wrk.exitCode()
        let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        guard status == 0, let figures = LoadFigures(output: text, prefix: "wrk-figures") else {
            throw BenchFailure("wrk on \(url) failed (exit \(status)):\n\(text)")
        }
        return figures
    }
}
