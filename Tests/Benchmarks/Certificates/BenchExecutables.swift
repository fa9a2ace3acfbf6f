import Foundation
import TestSupport
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The executables built beside this one: itself (for `pace`) and `qadam-bare-route`.
enum BenchExecutables {
    static let folder = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
        ?? CommandLine.arguments[0]).deletingLastPathComponent()

    static var bench: String { folder.appendingPathComponent("qadam-bench").path }
    static var bareRoute: String { folder.appendingPathComponent("qadam-bare-route").path }

    /// Waits, untimed, until `url` answers 200.
    static func waitUntilAnswering(_ url: String, within seconds: Double = 30) async throws {
        let deadline = ContinuousClock.now + .seconds(seconds)
        while ContinuousClock.now < deadline {
            if let (_, response) = try? await URLSession.shared.data(from: URL(string: url)!),
               (response as? HTTPURLResponse)?.statusCode == 200 {
                return
            }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw BenchFailure("\(url) did not answer within \(seconds) s")
    }
}

/// (3a) `qadam-bare-route` as a process of its own, on a free port.
final class BareRoute: Sendable {
    let url: String
    private let process: ChildProcess
    var pid: pid_t { process.pid }

    init(logTo output: String) async throws {
        let port = try freePort()
        url = "http://127.0.0.1:\(port)/"
        process = try ChildProcess(BenchExecutables.bareRoute, ["\(port)"], output: output)
        try await BenchExecutables.waitUntilAnswering(url)
    }

    func stop() async {
        process.signal(SIGTERM)
        _ = await process.exitCode()
    }
}
