import Foundation
import Messaging
import ServiceKit
import Synchronization
import TestSupport
import Testing
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The five executables started as separate processes, as an operator runs them: each on its
/// own port with its own SQLite file, all on one fresh virtual host of the test broker and
/// sharing one token secret. Their logs go to files in the system's folder.
final class RunningSystem: Sendable {
    static let services = ["intake", "enrolment", "assessment", "certification", "follow-up"]

    let directory: TemporaryDirectory
    let ports: [String: Int]
    private let environments: [String: [String: String]]
    private let running: Mutex<[String: ChildProcess]>
    let authority: TokenAuthority

    /// Starts the system, runs `body` against it, then stops every service with SIGTERM and
    /// expects each to exit cleanly. The services are stopped on failure too. `environment`
    /// adds variables for some services (`["enrolment": ["SMTP_URL": …]]`).
    static func with(environment: [String: [String: String]] = [:], _ body: (RunningSystem) async throws -> Void) async throws {
        let system = try await launch(environment)
        do {
            for service in services { try await system.waitUntilReady(service) }
            try await body(system)
        } catch {
            _ = await system.stop()
            throw error
        }
        let codes = await system.stop()
        for (service, code) in codes {
            #expect(code == 0, "\(service) exited with \(code) after SIGTERM; its log:\n\(system.log(service))")
        }
    }

    private static func launch(_ extra: [String: [String: String]]) async throws -> RunningSystem {
        let broker = try await TestBroker.virtualHost("e2e")
        let directory = try TemporaryDirectory()
        let secret = "end-to-end-" + UUID().uuidString + UUID().uuidString
        var ports: [String: Int] = [:]
        var environments: [String: [String: String]] = [:]
        for service in services {
            let port = try freePort()
            ports[service] = port
            environments[service] = [
                "HTTP_PORT": "\(port)",
                "DATABASE_PATH": directory.path("\(service).sqlite"),
                "BROKER_URL": TestBroker.url(of: broker),
                "AUTH_SECRET": secret,
                "LOG_LEVEL": "info",
            ].merging(extra[service] ?? [:]) { $1 }
        }
        let system = RunningSystem(directory: directory, ports: ports, environments: environments,
                                   authority: try await TokenAuthority(secret: secret))
        for service in services { try system.start(service) }
        return system
    }

    private init(directory: TemporaryDirectory, ports: [String: Int], environments: [String: [String: String]],
                 authority: TokenAuthority) {
        self.directory = directory
        self.ports = ports
        self.environments = environments
        self.running = Mutex([:])
        self.authority = authority
    }

    private func start(_ service: String) throws {
        let process = try ChildProcess(RepositoryPaths.binaries.appendingPathComponent(service).path, ["serve"],
                                       environment: environments[service]!, output: directory.path("\(service).log"))
        running.withLock { $0[service] = process }
    }

    func waitUntilReady(_ service: String) async throws {
        _ = try await eventually("\(service) to be ready") { () -> Bool? in
            let (status, body) = try await call(service, "GET", "/health/ready")
            return status == 200 && (body["status"] as? String) == "ready" ? true : nil
        }
    }

    /// Kills a service at once (SIGKILL: no graceful anything), then starts it again on the
    /// same database and port, and waits until it is ready.
    func killAndRestart(_ service: String) async throws {
        await kill(service)
        try await restart(service)
    }

    /// Kills a service at once (SIGKILL), and waits until it has gone.
    func kill(_ service: String) async {
        let process = running.withLock { $0[service]! }
        process.signal(SIGKILL)
        _ = await process.exitCode()
    }

    /// Starts a killed service again on the same database and port, and waits until it is ready.
    func restart(_ service: String) async throws {
        try start(service)
        try await waitUntilReady(service)
    }

    func token(_ role: Role, organisation: String? = nil) async throws -> String {
        try await authority.issue(Identity(subject: "e2e-\(role.rawValue)", role: role, organisationId: organisation), validFor: 600)
    }

    /// One HTTP call; the body is parsed as a JSON object (an array comes back under "items").
    func call(_ service: String, _ method: String, _ path: String, token: String? = nil,
              json: [String: Any]? = nil, file: Data? = nil, headers: [String: String] = [:]) async throws -> (Int, [String: Any]) {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(ports[service]!)\(path)")!)
        request.httpMethod = method
        if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        if let json {
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
            request.httpBody = try JSONSerialization.data(withJSONObject: json)
        }
        if let file {
            request.setValue("application/octet-stream", forHTTPHeaderField: "Content-Type")
            request.httpBody = file
        }
        let (data, response) = try await URLSession.shared.data(for: request)
        let status = (response as? HTTPURLResponse)?.statusCode ?? 0
        let parsed = data.isEmpty ? nil : try? JSONSerialization.jsonObject(with: data)
        if let array = parsed as? [Any] { return (status, ["items": array]) }
        return (status, parsed as? [String: Any] ?? [:])
    }

    /// One GET whose answer is not JSON (a PDF, a page): its status, bytes and content type.
    func fetch(_ service: String, _ path: String, token: String? = nil, headers: [String: String] = [:]) async throws
        -> (status: Int, body: Data, contentType: String?) {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(ports[service]!)\(path)")!)
        if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = response as? HTTPURLResponse
        return (http?.statusCode ?? 0, data, http?.value(forHTTPHeaderField: "Content-Type"))
    }

    /// Where `service` listens: `http://127.0.0.1:PORT`.
    func address(_ service: String) -> String { "http://127.0.0.1:\(ports[service]!)" }

    /// SIGTERM to every service; returns each one's exit code.
    private func stop() async -> [String: Int32] {
        let processes = running.withLock { $0 }
        for process in processes.values { process.signal(SIGTERM) }
        var codes: [String: Int32] = [:]
        for (service, process) in processes { codes[service] = await process.exitCode() }
        return codes
    }

    func log(_ service: String) -> String {
        (try? String(contentsOfFile: directory.path("\(service).log"), encoding: .utf8)) ?? ""
    }
}
