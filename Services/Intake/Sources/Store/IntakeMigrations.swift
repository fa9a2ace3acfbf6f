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
        // Individual applications become candidates too, so that one file, one checklist and
        // one acceptance serve both ways in. A candidate carries its programme, language and
        // funding (a request's, copied; an application's own). SQLite cannot relax NOT NULL
        // in place, so the table is rebuilt (foreign keys are checked after the migration).
        migrator.registerMigration("intake-v6-candidates-for-all") { db in
            try db.create(table: "candidateNew") { t in
                t.column("id", .text).primaryKey()
                t.column("requestId", .text).references("organisationRequest")
                t.column("organisationId", .text)
                t.column("fullName", .text).notNull()
                t.column("iin", .text).notNull()
                t.column("position", .text)
                t.column("email", .text)
                t.column("programmeCode", .text)
                t.column("language", .text).notNull()
                t.column("funding", .text).notNull()
                t.column("employerEmail", .text)
                t.column("status", .text).notNull()
                t.column("listenerId", .text)
                t.column("submittedBy", .text).notNull()
                t.column("createdAt", .datetime).notNull()
                t.column("updatedAt", .datetime).notNull()
            }
            try db.execute(sql: """
                INSERT INTO candidateNew
                SELECT c.id, c.requestId, c.organisationId, c.fullName, c.iin, c.position, c.email,
                       r.programmeCode, r.language, r.funding, NULL, c.status, NULL, r.submittedBy, c.createdAt, c.updatedAt
                FROM candidate c JOIN organisationRequest r ON r.id = c.requestId;
                INSERT INTO candidateNew
                SELECT a.id, NULL, a.organisationId, a.fullName, a.iin, NULL, NULL,
                       a.programmeCode, 'ru', 'employer', a.employerEmail, a.status, a.listenerId, a.submittedBy,
                       a.createdAt, a.updatedAt
                FROM application a;
                DROP TABLE candidate;
                DROP TABLE application;
                ALTER TABLE candidateNew RENAME TO candidate;
                CREATE INDEX candidate_request ON candidate(requestId);
                CREATE INDEX candidate_organisation ON candidate(organisationId);
                CREATE INDEX candidate_iin_programme ON candidate(iin, programmeCode);
                CREATE INDEX candidate_listener ON candidate(listenerId);
                """)
        }
        // The questionnaire (Appendix 2) describes a person, not one application: it is kept
        // once per IIN, filled by the teacher's form or by an import from NOBD.
        migrator.registerMigration("intake-v7-questionnaire") { db in
            try db.create(table: "questionnaire") { t in
                t.column("iin", .text).primaryKey()
                t.column("fullName", .text).notNull()
                t.column("content", .text).notNull()
                t.column("source", .text).notNull()
                t.column("updatedBy", .text).notNull()
                t.column("updatedAt", .datetime).notNull()
            }
        }
        // A questionnaire is personal data: besides the centre's staff, only the organisation
        // that wrote it may read or change it (nil: written by the centre or imported).
        migrator.registerMigration("intake-v8-questionnaire-keeper") { db in
            try db.alter(table: "questionnaire") { t in t.add(column: "organisationId", .text) }
        }
        // The programmes enrolment approved, which organisations may ask for.
        migrator.registerMigration("intake-v9-programmes") { db in
            try db.create(table: "programme") { t in
                t.column("code", .text).primaryKey()
                t.column("titleKk", .text)
                t.column("titleRu", .text)
                t.column("hours", .integer)
                t.column("kind", .text)
                t.column("status", .text).notNull()
                t.column("updatedAt", .datetime).notNull()
            }
        }
        // A teacher's PD record (2.5, 8): each course's result, the certificates with their
        // numbers, and the year of follow-up, as the other services announce them. They are
        // kept by the candidate, so by the IIN, which never leaves intake.
        migrator.registerMigration("intake-v10-pd-record") { db in
            try db.create(table: "courseResult") { t in
                t.column("candidateId", .text).primaryKey().references("candidate")
                t.column("score", .integer).notNull()
                t.column("totalHours", .integer)
                t.column("assessedOn", .text).notNull()
            }
            try db.create(table: "pdCertificate") { t in
                t.column("certificateId", .text).primaryKey()
                t.column("candidateId", .text).notNull().references("candidate").indexed()
                t.column("registrationNumber", .text).notNull()
                t.column("programmeCode", .text).notNull()
                t.column("issuedOn", .text).notNull()
                t.column("courseDate", .text).notNull()
                t.column("status", .text).notNull()
                t.column("replacesCertificateId", .text)
                t.column("revokedOn", .text)
            }
            try db.create(table: "pdFollowUp") { t in
                t.column("planId", .text).primaryKey()
                t.column("candidateId", .text).notNull().references("candidate").indexed()
                t.column("certificateId", .text).notNull()
                t.column("startsOn", .text).notNull()
                t.column("endsOn", .text).notNull()
                t.column("closedOn", .text)
                t.column("closeReason", .text)
                t.column("activity", .jsonText)
            }
        }
    }
}
