import Foundation
import Messaging
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The real RabbitMQ that `scripts/test` starts. Each test gets a virtual host of its own
/// (about 30 ms through the management API), with the policies of deploy/rabbitmq, so tests
/// never see each other's queues.
public enum TestBroker {
    public struct Missing: Error, CustomStringConvertible {
        public var description: String {
            "QADAM_TEST_BROKER_URL is not set: run the tests through scripts/test, which starts a private broker"
        }
    }

    static var environment: [String: String] { ProcessInfo.processInfo.environment }

    public static var isAvailable: Bool { environment["QADAM_TEST_BROKER_URL"] != nil }

    /// A fresh virtual host; returns settings that connect to it.
    public static func virtualHost(_ label: String = "test") async throws -> BrokerSettings {
        guard let url = environment["QADAM_TEST_BROKER_URL"], let management = environment["QADAM_TEST_BROKER_MANAGEMENT_URL"] else {
            throw Missing()
        }
        let name = "\(label)-\(UUID().uuidString.prefix(8).lowercased())"
        try await managementCall("PUT", "\(management)/api/vhosts/\(name)", body: [:])
        try await managementCall("PUT", "\(management)/api/permissions/\(name)/guest",
                                 body: ["configure": ".*", "write": ".*", "read": ".*"])
        for policy in try deployPolicies() {
            var definition = policy
            let policyName = definition.removeValue(forKey: "name") as! String
            definition.removeValue(forKey: "vhost")
            try await managementCall("PUT", "\(management)/api/policies/\(name)/\(policyName)", body: definition)
        }
        var settings = try BrokerSettings(url: url)
        settings.virtualHost = name
        return settings
    }

    /// The URL of a settings' virtual host, for a service started as a process.
    public static func url(of settings: BrokerSettings) -> String {
        "amqp://\(settings.user):\(settings.password)@\(settings.host):\(settings.port)/\(settings.virtualHost)"
    }

    /// Adds a policy to a virtual host, for a test's own queue names.
    public static func addPolicy(_ name: String, to settings: BrokerSettings, definition: [String: Any]) async throws {
        guard let management = environment["QADAM_TEST_BROKER_MANAGEMENT_URL"] else { throw Missing() }
        try await managementCall("PUT", "\(management)/api/policies/\(settings.virtualHost)/\(name)", body: definition)
    }

    /// Runs the broker control script: `restart`, `stop-app`, `start-app`.
    public static func control(_ action: String) async throws {
        guard let command = environment["QADAM_TEST_BROKER_CONTROL"] else { throw Missing() }
        let code = try await ChildProcess.shell("\(command) \(action)")
        guard code == 0 else { throw TestFailure("broker control '\(action)' exited with \(code)") }
    }

    /// The policies of deploy/rabbitmq/definitions.json, applied to each test's virtual host so
    /// that the tests run under the same limits as production.
    static func deployPolicies() throws -> [[String: Any]] {
        let url = RepositoryPaths.root.appendingPathComponent("deploy/rabbitmq/definitions.json")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
        return json?["policies"] as? [[String: Any]] ?? []
    }

    /// One call to the management API. Just after the broker (re)starts, the API refuses
    /// connections for some seconds or answers 404 or 503 for a virtual host it is still
    /// starting: such answers are retried for up to a minute. (`scripts/test` runs the one test
    /// that restarts the broker on its own; `swift test` run by hand runs it among the others.)
    static func managementCall(_ method: String, _ url: String, body: [String: Any]) async throws {
        let deadline = ContinuousClock.now + .seconds(60)
        while true {
            do {
                return try await managementCallOnce(method, url, body: body)
            } catch let failure as ManagementRefusal where failure.mayPass && ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(500))
            } catch where !(error is ManagementRefusal) && ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(500)) // not listening yet
            }
        }
    }

    struct ManagementRefusal: Error, CustomStringConvertible {
        var description: String
        var status: Int
        var mayPass: Bool { status == 404 || status >= 500 }
    }

    private static func managementCallOnce(_ method: String, _ url: String, body: [String: Any]) async throws {
        var request = URLRequest(url: URL(string: url)!)
        request.httpMethod = method
        request.setValue("Basic " + Data("guest:guest".utf8).base64EncodedString(), forHTTPHeaderField: "Authorization")
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.httpBody = try JSONSerialization.data(withJSONObject: body)
        let (data, response) = try await URLSession.shared.data(for: request)
        let status = (response as? HTTPURLResponse)?.statusCode ?? 0
        guard (200..<300).contains(status) else {
            throw ManagementRefusal(description: "\(method) \(url) answered \(status): \(String(decoding: data, as: UTF8.self))",
                                    status: status)
        }
    }
}

public struct TestFailure: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
