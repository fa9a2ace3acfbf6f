import GRDB
import Messaging
import Storage

/// A database like a consuming service's: the messaging tables, and an `effect` table whose rows
/// count how often a handler acted. It has no unique key, so a duplicate shows as a second row.
public enum EffectDatabase {
    public static func open(at path: String) throws -> DatabasePool {
        var migrator = DatabaseMigrator()
        MessagingMigrations.register(in: &migrator)
        migrator.registerMigration("effects") { db in
            try db.create(table: "effect") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("eventId", .text).notNull()
                t.column("number", .integer).notNull()
            }
        }
        return try ServiceDatabase.open(path: path, migrator: migrator)
    }
}
