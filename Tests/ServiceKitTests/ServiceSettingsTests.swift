import ServiceKit
import Testing

/// Flags, then environment variables, then defaults that run on a developer's machine.
@Suite("Service settings")
struct ServiceSettingsTests {
    @Test("with nothing set, the defaults serve a developer's machine")
    func defaults() {
        let settings = ServiceSettings(service: "intake", defaultPort: 8081, flags: [:], environment: [:])
        #expect(settings.service == "intake")
        #expect(settings.host == "127.0.0.1")
        #expect(settings.port == 8081)
        #expect(settings.databasePath == "var/intake.sqlite")
        #expect(settings.brokerURL == "amqp://guest:guest@127.0.0.1:5672/")
        #expect(settings.logLevel == .info)
    }

    @Test("environment variables override the defaults")
    func environmentOverridesDefaults() {
        let settings = ServiceSettings(service: "intake", defaultPort: 8081, flags: [:], environment: [
            "HTTP_HOST": "0.0.0.0", "HTTP_PORT": "9001", "DATABASE_PATH": "/srv/qadam/intake.sqlite",
            "BROKER_URL": "amqp://u:p@mq:5672/qadam", "LOG_LEVEL": "debug",
        ])
        #expect(settings.host == "0.0.0.0")
        #expect(settings.port == 9001)
        #expect(settings.databasePath == "/srv/qadam/intake.sqlite")
        #expect(settings.brokerURL == "amqp://u:p@mq:5672/qadam")
        #expect(settings.logLevel == .debug)
    }

    @Test("flags override environment variables")
    func flagsOverrideEnvironment() {
        let settings = ServiceSettings(
            service: "intake", defaultPort: 8081,
            flags: ["http.port": "9100", "database.path": "/tmp/flag.sqlite", "broker.url": "amqp://flag/"],
            environment: ["HTTP_PORT": "9001", "DATABASE_PATH": "/srv/env.sqlite", "BROKER_URL": "amqp://env/",
                          "HTTP_HOST": "10.0.0.1"])
        #expect(settings.port == 9100)
        #expect(settings.databasePath == "/tmp/flag.sqlite")
        #expect(settings.brokerURL == "amqp://flag/")
        #expect(settings.host == "10.0.0.1", "a key without a flag still comes from the environment")
    }

    @Test("without AUTH_SECRET the development secret is used, and flagged")
    func developmentSecretIsFlagged() {
        let settings = ServiceSettings(service: "intake", defaultPort: 8081, flags: [:], environment: [:])
        #expect(settings.usesDevelopmentSecret)
        #expect(settings.authSecret == ServiceSettings.developmentSecret)
    }

    @Test("with AUTH_SECRET set, it signs tokens and nothing is flagged")
    func configuredSecretIsUsed() {
        let secret = "a-production-secret-of-at-least-32-bytes"
        let settings = ServiceSettings(service: "intake", defaultPort: 8081, flags: [:], environment: ["AUTH_SECRET": secret])
        #expect(!settings.usesDevelopmentSecret)
        #expect(settings.authSecret == secret)
    }

    @Test("the development secret is long enough to sign tokens")
    func developmentSecretIsUsable() async throws {
        _ = try await TokenAuthority(secret: ServiceSettings.developmentSecret)
    }

    @Test("a service's own keys are read from the environment through the reader")
    func serviceKeysThroughReader() {
        let settings = ServiceSettings(service: "certification", defaultPort: 8084, flags: [:],
                                       environment: ["CERTIFICATE_PREFIX": "KZU"])
        #expect(settings.reader.string(forKey: "certificate.prefix") == "KZU")
    }

    @Test("the broker URL becomes broker settings")
    func brokerSettingsFromURL() throws {
        let settings = ServiceSettings(service: "intake", defaultPort: 8081, flags: [:],
                                       environment: ["BROKER_URL": "amqp://qadam:pw@mq.local:5673/prod"])
        let broker = try settings.brokerSettings()
        #expect(broker.host == "mq.local")
        #expect(broker.port == 5673)
        #expect(broker.user == "qadam")
        #expect(broker.virtualHost == "prod")
    }
}
