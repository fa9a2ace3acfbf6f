import Foundation
import GRDB

enum IntakeMigrations {
    static func register(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("intake-v1") { db in
            try db.create(table: "application") { t in
                t.column("id", .text).primaryKey()
                t.column("fullName", .text).notNull()
                t.column("iin", .text).notNull()
                t.column("programmeCode", .text).notNull()
                t.column("employerEmail", .text).notNull()
                t.column("status", .text).notNull()
                t.column("listenerId", .text)
                t.column("submittedBy", .text).notNull()
                t.column("createdAt", .datetime).notNull()
                t.column("updatedAt", .datetime).notNull()
            }
            try db.create(index: "application_iin", on: "application", columns: ["iin", "programmeCode"])
        }
        // An application an organisation submits is that organisation's: only it (and the
        // centre's staff) may read it.
        migrator.registerMigration("intake-v2-application-organisation") { db in
            try db.alter(table: "application") { t in t.add(column: "organisationId", .text) }
            try db.create(index: "application_organisation", on: "application", columns: ["organisationId"])
        }
        migrator.registerMigration("intake-v3-organisation") { db in
            try db.create(table: "organisation") { t in
                t.column("id", .text).primaryKey()
                t.column("kind", .text).notNull()
                t.column("nameKk", .text).notNull()
                t.column("nameRu", .text).notNull()
                t.column("region", .text).notNull()
                t.column("bin", .text).notNull().unique()
                t.column("postalAddress", .text).notNull()
                t.column("email", .text).notNull()
                t.column("createdAt", .datetime).notNull()
                t.column("updatedAt", .datetime).notNull()
            }
        }
        migrator.registerMigration("intake-v4-organisation-request") { db in
            try db.create(table: "organisationRequest") { t in
                t.column("id", .text).primaryKey()
                t.column("organisationId", .text).notNull().indexed().references("organisation")
                t.column("programmeCode", .text)
                t.column("topic", .text)
                t.column("language", .text).notNull()
                t.column("funding", .text).notNull()
                t.column("preferredFrom", .text)
                t.column("preferredTo", .text)
                t.column("status", .text).notNull()
                t.column("submittedBy", .text).notNull()
                t.column("createdAt", .datetime).notNull()
                t.column("updatedAt", .datetime).notNull()
            }
            try db.create(table: "candidate") { t in
                t.column("id", .text).primaryKey()
                t.column("requestId", .text).notNull().indexed().references("organisationRequest")
                t.column("organisationId", .text).notNull()
                t.column("fullName", .text).notNull()
                t.column("iin", .text).notNull().indexed()
                t.column("position", .text)
                t.column("email", .text)
                t.column("status", .text).notNull()
                t.column("createdAt", .datetime).notNull()
                t.column("updatedAt", .datetime).notNull()
            }
        }
        migrator.registerMigration("intake-v5-document") { db in
            try db.create(table: "document") { t in
                t.column("id", .text).primaryKey()
                t.column("candidateId", .text).notNull().references("candidate")
                t.column("kind", .text).notNull()
                t.column("fileType", .text).notNull()
                t.column("byteCount", .integer).notNull()
                t.column("sha256", .text).notNull()
                t.column("content", .blob).notNull().defaults(to: Data())
                t.column("status", .text).notNull()
                t.column("reason", .text)
                t.column("uploadedBy", .text).notNull()
                t.column("uploadedAt", .datetime).notNull()
                t.column("reviewedBy", .text)
                t.column("reviewedAt", .datetime)
                t.uniqueKey(["candidateId", "kind"])
            }
        }
    }
}
