import Configuration
import Foundation
import Logging
import Messaging

/// A service's configuration: flags first, then environment variables, then defaults that run
/// on a developer's machine. Keys are dotted (`http.port`); the environment spells them in
/// capitals with underscores (`HTTP_PORT`).
public struct ServiceSettings: Sendable {
    public let service: String
    public var host: String
    public var port: Int
    public var databasePath: String
    public var brokerURL: String
    public var authSecret: String
    public var logLevel: Logger.Level
    /// Whether the secret is the built-in development one, which must never reach production.
    public var usesDevelopmentSecret: Bool
    /// The whole configuration, for a service's own keys.
    public let reader: ConfigReader

    public static let developmentSecret = "qadam-development-secret-not-for-production-use"

    public init(service: String, defaultPort: Int, flags: [String: String] = [:],
                environment: [String: String] = ProcessInfo.processInfo.environment) {
        var values: [AbsoluteConfigKey: ConfigValue] = [:]
        for (key, value) in flags { values[AbsoluteConfigKey(stringLiteral: key)] = ConfigValue(.string(value), isSecret: false) }
        reader = ConfigReader(providers: [
            InMemoryProvider(name: "flags", values: values),
            EnvironmentVariablesProvider(environmentVariables: environment, secretsSpecifier: .specific(["AUTH_SECRET", "SMTP_PASSWORD"])),
        ])
        self.service = service
        host = reader.string(forKey: "http.host", default: "127.0.0.1")
        // Read as text: flags arrive as strings, and an in-memory string is not converted to an int.
        port = reader.string(forKey: "http.port").flatMap { Int($0) } ?? defaultPort
        databasePath = reader.string(forKey: "database.path", default: "var/\(service).sqlite")
        brokerURL = reader.string(forKey: "broker.url", default: "amqp://guest:guest@127.0.0.1:5672/")
        let secret = reader.string(forKey: "auth.secret", isSecret: true)
        authSecret = secret ?? Self.developmentSecret
        usesDevelopmentSecret = secret == nil
        logLevel = reader.string(forKey: "log.level").flatMap(Logger.Level.init(rawValue:)) ?? .info
    }

    public func brokerSettings() throws -> BrokerSettings { try BrokerSettings(url: brokerURL) }
}
