import GRDB

/// The mail queue of a service that sends letters, registered with its own migrations.
public enum MailMigrations {
    public static func register(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("mail-v1") { db in
            try db.create(table: "mail") { t in
                t.column("id", .text).primaryKey()
                t.column("messageId", .text).notNull().unique()
                t.column("sender", .text).notNull()
                t.column("recipient", .text).notNull()
                t.column("subject", .text).notNull()
                // What it is about, for staff to find it: `expulsion:<listener id>`.
                t.column("reference", .text).notNull()
                t.column("content", .blob).notNull()
                t.column("state", .text).notNull()
                t.column("attempts", .integer).notNull().defaults(to: 0)
                t.column("lastError", .text)
                t.column("createdAt", .datetime).notNull()
                t.column("sentAt", .datetime)
            }
            try db.execute(sql: "CREATE INDEX mail_queued ON mail(createdAt) WHERE state = 'queued'")
        }
    }
}
