import Foundation
import Messaging
import ServiceKit
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
    let processes: [String: ChildProcess]
    let authority: TokenAuthority

    /// Starts the system, runs `body` against it, then stops every service with SIGTERM and
    /// expects each to exit cleanly. The services are stopped on failure too.
    static func with(_ body: (RunningSystem) async throws -> Void) async throws {
        let system = try await launch()
        do {
            for service in services {
                _ = try await eventually("\(service) to be ready") { () -> Bool? in
                    let (status, body) = try await system.call(service, "GET", "/health/ready")
                    return status == 200 && (body["status"] as? String) == "ready" ? true : nil
                }
            }
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

    private static func launch() async throws -> RunningSystem {
        let broker = try await TestBroker.virtualHost("e2e")
        let directory = try TemporaryDirectory()
        let secret = "end-to-end-" + UUID().uuidString + UUID().uuidString
        var ports: [String: Int] = [:]
        var processes: [String: ChildProcess] = [:]
        for service in services {
            let port = try freePort()
            ports[service] = port
            processes[service] = try ChildProcess(
                RepositoryPaths.binaries.appendingPathComponent(service).path, ["serve"],
                environment: [
                    "HTTP_PORT": "\(port)",
                    "DATABASE_PATH": directory.path("\(service).sqlite"),
                    "BROKER_URL": TestBroker.url(of: broker),
                    "AUTH_SECRET": secret,
                    "LOG_LEVEL": "info",
                ],
                output: directory.path("\(service).log"))
        }
        return RunningSystem(directory: directory, ports: ports, processes: processes,
                             authority: try await TokenAuthority(secret: secret))
    }

    private init(directory: TemporaryDirectory, ports: [String: Int], processes: [String: ChildProcess], authority: TokenAuthority) {
        self.directory = directory
        self.ports = ports
        self.processes = processes
        self.authority = authority
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

    /// SIGTERM to every service; returns each one's exit code.
    private func stop() async -> [String: Int32] {
        for process in processes.values { process.signal(SIGTERM) }
        var codes: [String: Int32] = [:]
        for (service, process) in processes { codes[service] = await process.exitCode() }
        return codes
    }

    func log(_ service: String) -> String {
        (try? String(contentsOfFile: directory.path("\(service).log"), encoding: .utf8)) ?? ""
    }
}
