import GRDB

enum CertificationMigrations {
    static func register(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("certification-v1") { db in
            try db.create(table: "certificate") { t in
                t.column("id", .text).primaryKey()
                t.column("registrationNumber", .text).notNull().unique()
                // One certificate per listener's course; reissue (later) supersedes, never doubles.
                t.column("listenerId", .text).notNull().unique()
                t.column("fullName", .text).notNull()
                t.column("programmeCode", .text).notNull()
                t.column("issuedOn", .text).notNull()
                t.column("status", .text).notNull()
            }
            // The last registration number given in each year, advanced in the issuing transaction.
            try db.create(table: "registrationCounter") { t in
                t.column("year", .integer).primaryKey()
                t.column("last", .integer).notNull()
            }
        }
        migrator.registerMigration("certification-v2-appendix") { db in
            try db.alter(table: "certificate") { t in t.add(column: "appendix", .jsonText) }
        }
        // The public check by an unguessable code rather than the sequential number; every
        // certificate issued before gets one of its own.
        migrator.registerMigration("certification-v3-verification-codes") { db in
            try db.alter(table: "certificate") { t in t.add(column: "verificationCode", .text) }
            try db.execute(sql: "UPDATE certificate SET verificationCode = lower(hex(randomblob(16)))")
            try db.create(index: "certificate_verificationCode", on: "certificate", columns: ["verificationCode"], unique: true)
        }
    }
}
