import GRDB

enum EnrolmentMigrations {
    static func register(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("enrolment-v1") { db in
            try db.create(table: "group") { t in
                t.column("id", .text).primaryKey()
                t.column("code", .text).notNull().unique()
                t.column("programmeCode", .text).notNull()
                t.column("createdAt", .datetime).notNull()
            }
            try db.create(table: "listener") { t in
                t.column("id", .text).primaryKey()
                // One listener per accepted candidate, whatever the broker redelivers.
                t.column("applicationId", .text).notNull().unique()
                t.column("fullName", .text).notNull()
                t.column("programmeCode", .text).notNull()
                t.column("employerEmail", .text).notNull()
                t.column("groupId", .text).notNull().references("group")
                t.column("admittedAt", .datetime).notNull()
            }
        }
    }
}
