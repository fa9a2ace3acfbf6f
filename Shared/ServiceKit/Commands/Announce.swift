import ArgumentParser
import GRDB
import Messaging
import Storage

/// `announce`: publishes again the facts a service owns that others keep copies of (enrolment's
/// approved programmes and trainers' assignments, say), for a consumer that missed them: one
/// whose binding did not exist yet when they were first announced. The events go through the
/// outbox, which the running service's relay publishes; consumers apply them idempotently.
struct Announce<S: QadamService>: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "announce",
                             abstract: "Publish again, through the outbox, the facts other services keep copies of.")
    }

    @OptionGroup var common: CommonOptions

    func run() async throws {
        let settings = common.settings(for: S.self)
        let database = try ServiceDatabase.open(path: settings.databasePath, migrator: S.migrator())
        let outbox = Outbox(service: S.name)
        let count = try await database.write { db in try S.announceAgain(outbox: outbox, in: db) }
        print(count == 0 ? "nothing to announce" : "queued \(count) event\(count == 1 ? "" : "s") in the outbox")
    }
}
