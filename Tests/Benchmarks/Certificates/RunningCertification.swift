import CertificationService
import Foundation
import Hummingbird
import Messaging
import ServiceKit
import ServiceLifecycle
import TestSupport
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The certification service in this process, started as `serve` starts it (`buildApplication`):
/// its own database in a temporary folder, its broker connections, its HTTP server on a free
/// port, its background services.
final class RunningCertification: Sendable {
    let port: Int
    let databasePath: String
    /// The settings it was started with, for the renderer alone to read the same.
    let settings: ServiceSettings
    private let directory: TemporaryDirectory
    private let group: ServiceGroup
    private let running: Task<Void, any Error>

    /// The public check's limiter set so high that it admits every request of the load phase:
    /// one client (the load generator) asks tens of thousands of times a second.
    static let unlimited = 100_000_000

    init(broker: BrokerSettings) async throws {
        directory = try TemporaryDirectory()
        port = try freePort()
        databasePath = directory.path("certification.sqlite")
        settings = ServiceSettings(service: CertificationService.name, defaultPort: CertificationService.defaultPort, environment: [
            "DATABASE_PATH": databasePath, "HTTP_PORT": "\(port)", "BROKER_URL": TestBroker.url(of: broker),
            "AUTH_SECRET": "qadam-bench-secret-of-more-than-32-bytes", "SMTP_URL": "smtp://127.0.0.1:\(try freePort())",
            "PUBLIC_RATE_BURST": "\(Self.unlimited)", "PUBLIC_RATE_PER_MINUTE": "\(Self.unlimited)",
            // Nothing logs per request at info either; warning keeps the report readable.
            "LOG_LEVEL": "warning",
        ])
        let application = try await buildApplication(CertificationService.self, settings: settings, logger: BenchFixtures.logger)
        // No signal handlers: the benchmark stops it, and Ctrl-C stops the whole benchmark.
        let group = ServiceGroup(configuration: .init(services: [application], logger: BenchFixtures.logger))
        self.group = group
        running = Task { try await group.run() }
    }

    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// Waits, untimed, until `/health/ready` says ready: its database open and both broker links
    /// up, so its queue exists and is consumed.
    func waitUntilReady(within seconds: Double = 60) async throws {
        let deadline = ContinuousClock.now + .seconds(seconds)
        while ContinuousClock.now < deadline {
            if let (body, _) = try? await URLSession.shared.data(from: URL(string: url("/health/ready"))!),
               String(decoding: body, as: UTF8.self).contains(#""status":"ready""#) {
                return
            }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw BenchFailure("the certification service was not ready within \(seconds) s")
    }

    /// The lines of `/metrics` that name one of `names`, joined.
    func metrics(_ names: [String]) async throws -> String {
        let (body, _) = try await URLSession.shared.data(from: URL(string: url("/metrics"))!)
        return String(decoding: body, as: UTF8.self).split(separator: "\n")
            .filter { line in !line.hasPrefix("#") && names.contains { line.hasPrefix($0) } }.joined(separator: "; ")
    }

    func stop() async {
        await group.triggerGracefulShutdown()
        _ = try? await running.value
    }
}
