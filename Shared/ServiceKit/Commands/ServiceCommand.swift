import ArgumentParser
import Foundation
import Logging

/// The command line every service executable has: `serve` (the default), `migrate`, `backup`,
/// `token`, `parked` and `announce`.
public struct ServiceCommand<S: QadamService>: AsyncParsableCommand {
    public static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: S.name,
            abstract: "The Qadam \(S.name) service.",
            subcommands: [Serve<S>.self, Migrate<S>.self, Backup<S>.self, Token<S>.self, Parked<S>.self, Announce<S>.self],
            defaultSubcommand: Serve<S>.self)
    }

    public init() {}

    /// The executable's entry point. (Called through a generic type, `main()` would resolve to
    /// ArgumentParser's synchronous overload, which refuses asynchronous subcommands.) On the
    /// main actor, so that its first line runs on the main thread before any task has started,
    /// as `EventLoopExecutor` requires.
    @MainActor
    public static func start() async {
        MemoryAllocator.keepFreedMemory()
        EventLoopExecutor.takeOver()
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }
}

/// Options every command shares; each overrides the environment variable of the same meaning.
struct CommonOptions: ParsableArguments {
    @Option(name: .customLong("database"), help: "SQLite file (DATABASE_PATH).")
    var databasePath: String?

    @Option(name: .customLong("broker-url"), help: "amqp://user:pass@host:port/vhost (BROKER_URL).")
    var brokerURL: String?

    func settings<S: QadamService>(for service: S.Type, extra: [String: String] = [:]) -> ServiceSettings {
        var flags = extra
        flags["database.path"] = databasePath
        flags["broker.url"] = brokerURL
        return ServiceSettings(service: S.name, defaultPort: S.defaultPort, flags: flags)
    }
}

enum CommandLogging {
    static func bootstrap(level: Logger.Level) {
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
    }
}
