import ArgumentParser
import Foundation
import GRDB
import Messaging

struct Parked<S: QadamService>: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "parked", abstract: "List or replay the messages this service parked.",
                             subcommands: [List.self, Replay.self], defaultSubcommand: List.self)
    }

    struct List: AsyncParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "list", abstract: "Show each parked message and why it was parked.") }

        @OptionGroup var common: CommonOptions

        func run() async throws {
            let lot = try ParkedSupport.lot(S.self, common)
            let entries = try lot.list()
            if entries.isEmpty { print("no parked messages") }
            for entry in entries {
                let when = entry.parkedAt.map { ISO8601DateFormatter().string(from: $0) } ?? "-"
                print("\(entry.messageId)\t\(entry.type)\t\(when)\t\(entry.error)")
            }
        }
    }

    struct Replay: AsyncParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "replay", abstract: "Send parked messages back to the service's queue.") }

        @OptionGroup var common: CommonOptions

        @Option(help: "Replay only the message with this id (the event id).")
        var id: String?

        func run() async throws {
            let count = try ParkedSupport.lot(S.self, common).replay(messageId: id)
            print("replayed \(count) message\(count == 1 ? "" : "s")")
        }
    }
}

enum ParkedSupport {
    static func lot<S: QadamService>(_ service: S.Type, _ common: CommonOptions) throws -> ParkingLot {
        let settings = common.settings(for: S.self)
        // The service's topology, so that the queues exist even before the service first ran.
        // The routing keys come from the handlers, which need an environment but touch no
        // database while being listed: an empty in-memory one serves.
        let database = try GRDB.DatabaseQueue()
        let environment = ServiceEnvironment(settings: settings, database: database, outbox: Outbox(service: S.name),
                                             logger: .init(label: S.name))
        let keys = try S.eventHandlers(environment).routingKeys
        return ParkingLot(settings: try settings.brokerSettings(), topology: Topology(service: S.name, bindings: keys))
    }
}
