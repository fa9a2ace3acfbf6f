import GRDB

enum FollowUpMigrations {
    static func register(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("follow-up-v1") { db in
            try db.create(table: "plan") { t in
                t.column("id", .text).primaryKey()
                t.column("listenerId", .text).notNull()
                t.column("certificateId", .text).notNull().unique()
                t.column("programmeCode", .text).notNull()
                t.column("startsOn", .text).notNull()
                t.column("endsOn", .text).notNull()
                t.column("status", .text).notNull()
            }
            try db.create(index: "plan_listener", on: "plan", columns: ["listenerId"])
        }
    }
}
