import GRDB

enum AssessmentMigrations {
    static func register(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("assessment-v1") { db in
            try db.create(table: "listener") { t in
                t.column("id", .text).primaryKey()
                t.column("fullName", .text).notNull()
                t.column("programmeCode", .text).notNull()
                t.column("groupId", .text).notNull()
                t.column("admittedAt", .datetime).notNull()
                t.column("finalResult", .text)
                t.column("finalScore", .integer)
                t.column("assessedOn", .text)
                t.column("assessedBy", .text)
            }
        }
        migrator.registerMigration("assessment-v2-expulsions") { db in
            try db.alter(table: "listener") { t in t.add(column: "expelledOn", .text) }
        }
    }
}
