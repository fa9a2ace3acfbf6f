import ArgumentParser
import Storage

struct Migrate<S: QadamService>: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "migrate", abstract: "Bring the database schema up to date, then exit.")
    }

    @OptionGroup var common: CommonOptions

    func run() async throws {
        let settings = common.settings(for: S.self)
        let database = try ServiceDatabase.open(path: settings.databasePath, migrator: S.migrator())
        let applied = try await database.read { db in try S.migrator().appliedMigrations(db) }
        print("\(settings.databasePath): \(applied.count) migrations applied (\(applied.joined(separator: ", ")))")
    }
}

struct Backup<S: QadamService>: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "backup", abstract: "Copy the live database to a new file (online backup; the service keeps running).")
    }

    @OptionGroup var common: CommonOptions

    @Option(help: "The file to write; it must not exist.")
    var to: String

    func run() async throws {
        let settings = common.settings(for: S.self)
        let database = try ServiceDatabase.existing(path: settings.databasePath)
        try DatabaseBackup.copy(database, to: to)
        print("backed up \(settings.databasePath) to \(to)")
    }
}
