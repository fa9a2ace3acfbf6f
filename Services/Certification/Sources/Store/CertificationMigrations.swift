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
        migrator.registerMigration("certification-v4-documents-and-reissue") { db in
            try CertificationMigrations.v4(db)
        }
    }

    /// The printed certificate and what becomes of it. A reissue is a second certificate for the
    /// same listener, so the listener is no longer unique: only the first certificate of each
    /// listener's pass is (SQLite drops a column's UNIQUE only by rebuilding the table).
    private static func v4(_ db: Database) throws {
        try db.create(table: "certificateV4") { t in
            t.column("id", .text).primaryKey()
            t.column("registrationNumber", .text).notNull().unique()
            t.column("listenerId", .text).notNull()
            t.column("candidateId", .text)
            t.column("groupId", .text)
            t.column("fullName", .text).notNull()
            t.column("sex", .text)
            t.column("programmeCode", .text).notNull()
            t.column("issuedOn", .text).notNull()
            t.column("rector", .text)
            t.column("status", .text).notNull()
            t.column("verificationCode", .text).notNull().unique()
            t.column("holderCode", .text).notNull().unique()
            t.column("appendix", .jsonText)
            t.column("reissueOf", .text).references("certificateV4")
            t.column("supersededBy", .text).references("certificateV4")
            t.column("revocation", .jsonText)
            // The certificate's bit in the revocation list of the credentials, drawn at random.
            t.column("statusListIndex", .integer).unique()
        }
        try db.execute(sql: """
            INSERT INTO certificateV4 (id, registrationNumber, listenerId, fullName, programmeCode, issuedOn, status,
                                       verificationCode, holderCode, appendix)
            SELECT id, registrationNumber, listenerId, fullName, programmeCode, issuedOn, status, verificationCode,
                   lower(hex(randomblob(16))), appendix
            FROM certificate
            """)
        try db.drop(table: "certificate")
        try db.rename(table: "certificateV4", to: "certificate")
        try db.execute(sql: "CREATE UNIQUE INDEX certificate_first_per_listener ON certificate(listenerId) WHERE reissueOf IS NULL")
        try db.create(index: "certificate_listenerId", on: "certificate", columns: ["listenerId"])
        try db.create(index: "certificate_groupId", on: "certificate", columns: ["groupId"])
        try db.create(index: "certificate_issuedOn", on: "certificate", columns: ["issuedOn"])

        try db.create(table: "certificateFile") { t in
            t.column("certificateId", .text).primaryKey().references("certificate")
            t.column("pdf", .blob).notNull()
            t.column("sha256", .text).notNull().indexed()
            // The verifiable credential as signed at issue (a VC-JWT), and the salt of its holder's hash.
            t.column("credential", .text)
            t.column("credentialSalt", .text)
        }
        try db.create(table: "publicCheck") { t in
            t.column("id", .text).primaryKey()
            t.column("checkedAt", .datetime).notNull().indexed()
            t.column("way", .text).notNull()
            t.column("certificateId", .text).indexed()
            t.column("registrationNumber", .text)
            t.column("client", .text).notNull()
        }
        try db.create(table: "holder") { t in
            t.column("candidateId", .text).primaryKey()
            t.column("sex", .text)
            t.column("email", .text)
        }
    }
}
