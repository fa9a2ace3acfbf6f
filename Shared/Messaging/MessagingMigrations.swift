import GRDB

/// The tables every service has for reliable messaging, registered before the service's own.
public enum MessagingMigrations {
    public static func register(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("messaging-v1") { db in
            try db.create(table: "outbox") { t in
                t.autoIncrementedPrimaryKey("sequence")
                t.column("eventId", .text).notNull().unique()
                t.column("type", .text).notNull()
                t.column("routingKey", .text).notNull()
                t.column("correlationId", .text).notNull()
                t.column("body", .blob).notNull()
                t.column("createdAt", .datetime).notNull()
                t.column("sentAt", .datetime)
                t.column("attempts", .integer).notNull().defaults(to: 0)
                t.column("lastError", .text)
            }
            try db.execute(sql: "CREATE INDEX outbox_unsent ON outbox(sequence) WHERE sentAt IS NULL")
            try db.create(table: "inbox", options: .withoutRowID) { t in
                t.column("consumer", .text).notNull()
                t.column("eventId", .text).notNull()
                t.column("type", .text).notNull()
                t.column("receivedAt", .datetime).notNull()
                t.primaryKey(["consumer", "eventId"])
            }
        }
    }
}
