import ArgumentParser
import Hummingbird

struct Serve<S: QadamService>: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "serve", abstract: "Run the service: HTTP API, outbox relay and event consumer. SIGTERM stops it gracefully.")
    }

    @OptionGroup var common: CommonOptions

    @Option(help: "Address to listen on (HTTP_HOST).")
    var host: String?

    @Option(help: "Port to listen on (HTTP_PORT).")
    var port: Int?

    func run() async throws {
        var extra: [String: String] = [:]
        extra["http.host"] = host
        extra["http.port"] = port.map(String.init)
        let settings = common.settings(for: S.self, extra: extra)
        CommandLogging.bootstrap(level: settings.logLevel)
        let app = try await buildApplication(S.self, settings: settings)
        try await app.runService()
    }
}
