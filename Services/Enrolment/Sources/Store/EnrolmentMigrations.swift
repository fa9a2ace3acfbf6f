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
        migrator.registerMigration("enrolment-v2-programmes") { db in
            try db.create(table: "programme") { t in
                t.column("id", .text).primaryKey()
                t.column("code", .text).notNull().unique()
                t.column("titleKk", .text).notNull()
                t.column("titleRu", .text).notNull()
                t.column("leader", .text).notNull()
                t.column("authorId", .text).notNull()
                // Lists and modules as JSON: always read and written with the programme.
                t.column("outcomes", .jsonText).notNull()
                t.column("modules", .jsonText).notNull()
                t.column("hours", .integer).notNull()
                t.column("kind", .text).notNull()
                t.column("form", .text).notNull()
                t.column("arrangement", .text).notNull()
                t.column("status", .text).notNull()
                t.column("approval", .jsonText)
                t.column("createdAt", .datetime).notNull()
                t.column("updatedAt", .datetime).notNull()
            }
        }
        migrator.registerMigration("enrolment-v3-trainers") { db in
            try db.create(table: "trainer") { t in
                t.column("id", .text).primaryKey()
                t.column("fullName", .text).notNull()
                t.column("category", .text).notNull()
                t.column("engagement", .text).notNull()
                t.column("certification", .jsonText)
                t.column("industryExperienceYears", .integer).notNull()
                t.column("contract", .jsonText)
                t.column("createdAt", .datetime).notNull()
                t.column("updatedAt", .datetime).notNull()
            }
            try db.create(table: "groupTrainer", options: .withoutRowID) { t in
                t.column("groupId", .text).notNull().references("group")
                t.column("trainerId", .text).notNull().references("trainer")
                t.column("assignedOn", .text).notNull()
                t.column("assignedBy", .text).notNull()
                t.primaryKey(["groupId", "trainerId"])
            }
        }
        // What an order and an employer's letter need to know of a listener. Listeners admitted
        // before keep the values a version 1 acceptance implied.
        migrator.registerMigration("enrolment-v4-listener-details") { db in
            try db.alter(table: "listener") { t in
                t.add(column: "language", .text).notNull().defaults(to: "ru")
                t.add(column: "funding", .text).notNull().defaults(to: "employer")
                t.add(column: "employerNameKk", .text)
                t.add(column: "employerNameRu", .text)
                t.add(column: "employerPostalAddress", .text)
            }
            try db.create(table: "order") { t in
                t.column("id", .text).primaryKey()
                t.column("number", .text).notNull().unique()
                t.column("year", .integer).notNull()
                t.column("sequence", .integer).notNull()
                t.column("kind", .text).notNull()
                t.column("orderDate", .text).notNull()
                t.column("groupId", .text).notNull().references("group")
                t.column("content", .jsonText).notNull()
                t.column("issuedBy", .text).notNull()
                t.column("createdAt", .datetime).notNull()
                t.uniqueKey(["year", "sequence"])
            }
        }
        migrator.registerMigration("enrolment-v5-dismissal") { db in
            try db.alter(table: "listener") { t in
                t.add(column: "status", .text).notNull().defaults(to: "studying")
                t.add(column: "dismissalOrderId", .text).references("order")
            }
        }
        migrator.registerMigration("enrolment-v6-contracts") { db in
            try db.create(table: "contract") { t in
                t.column("id", .text).primaryKey()
                t.column("listenerId", .text).notNull().unique().references("listener")
                t.column("number", .text).notNull()
                t.column("signedOn", .text).notNull()
                t.column("funding", .text).notNull()
                // Money in tiyn, never in floating point.
                t.column("priceTiyn", .integer).notNull().check { $0 >= 0 }
                t.column("createdAt", .datetime).notNull()
            }
            try db.create(table: "payment") { t in
                t.column("id", .text).primaryKey()
                t.column("contractId", .text).notNull().references("contract")
                t.column("number", .text).notNull()
                t.column("paidOn", .text).notNull()
                t.column("amountTiyn", .integer).notNull().check { $0 > 0 }
                t.column("payerName", .text).notNull()
                t.column("courseName", .text).notNull()
                t.column("recordedBy", .text).notNull()
                t.column("createdAt", .datetime).notNull()
                t.uniqueKey(["contractId", "number"])
            }
        }
        migrator.registerMigration("enrolment-v7-schedule") { db in
            try db.create(table: "stream") { t in
                t.column("id", .text).primaryKey()
                t.column("code", .text).notNull().unique()
                t.column("year", .integer).notNull()
                t.column("startsOn", .text).notNull()
                t.column("endsOn", .text).notNull()
                t.column("createdAt", .datetime).notNull()
            }
            try db.alter(table: "group") { t in
                t.add(column: "streamId", .text).references("stream")
                t.add(column: "language", .text)
                t.add(column: "form", .text)
                t.add(column: "capacity", .integer)
            }
            try db.create(table: "session") { t in
                t.column("id", .text).primaryKey()
                t.column("groupId", .text).notNull().references("group").indexed()
                t.column("date", .text).notNull()
                t.column("startsAt", .text).notNull()
                t.column("academicHours", .integer).notNull()
                t.column("topic", .text).notNull()
            }
        }
        migrator.registerMigration("enrolment-v8-group-completion") { db in
            try db.alter(table: "group") { t in
                t.add(column: "completedOn", .text)
            }
        }
        migrator.registerMigration("enrolment-v9-waiting-list") { db in
            try db.create(table: "waitingCandidate") { t in
                t.column("candidateId", .text).primaryKey()
                t.column("position", .integer).notNull().unique()
                t.column("programmeCode", .text).notNull()
                t.column("language", .text).notNull()
                t.column("candidate", .jsonText).notNull()
                t.column("joinedAt", .datetime).notNull()
            }
            try db.create(table: "withdrawnCandidate") { t in
                t.column("candidateId", .text).primaryKey()
                t.column("withdrawnAt", .datetime).notNull()
            }
        }
        migrator.registerMigration("enrolment-v10-interruptions") { db in
            try db.create(table: "interruption") { t in
                t.column("id", .text).primaryKey()
                t.column("listenerId", .text).notNull().references("listener").indexed()
                t.column("groupId", .text).notNull().references("group")
                t.column("reason", .text).notNull()
                t.column("documents", .jsonText).notNull()
                t.column("completedModules", .jsonText).notNull()
                t.column("interruptedOn", .text).notNull()
                t.column("recordedBy", .text).notNull()
                t.column("createdAt", .datetime).notNull()
                t.column("resumedOn", .text)
                t.column("resumedGroupId", .text).references("group")
                t.column("reinstatementOrderId", .text).references("order")
            }
        }
        // One word for expulsion and one name for intake's candidate id, in every table; and
        // the copies of intake's organisations that letters to employers go to.
        migrator.registerMigration("enrolment-v11-names-and-employers") { db in
            try db.alter(table: "listener") { t in
                t.rename(column: "applicationId", to: "candidateId")
                t.rename(column: "dismissalOrderId", to: "expulsionOrderId")
                t.add(column: "employerOrganisationId", .text)
            }
            try db.execute(sql: "UPDATE listener SET status = 'expelled' WHERE status = 'dismissed'")
            // An expulsion order's ground was kept as its `reason`; it has a field of its own now.
            try db.execute(sql: """
                UPDATE "order" SET content = json_remove(json_set(content, '$.grounds', json_extract(content, '$.reason')), '$.reason')
                WHERE kind = 'expulsion'
                """)
            try db.execute(sql: "UPDATE mail SET reference = 'expulsion:' || substr(reference, 11) WHERE reference LIKE 'dismissal:%'")
            try db.create(table: "employer") { t in
                t.column("id", .text).primaryKey()
                t.column("nameKk", .text)
                t.column("nameRu", .text)
                t.column("email", .text).notNull()
                t.column("postalAddress", .text)
                t.column("updatedAt", .datetime)
            }
            try db.create(index: "listener_employer", on: "listener", columns: ["employerOrganisationId"])
        }
        // The programme leader's address, for follow-up's reminders of the plans they lead.
        migrator.registerMigration("enrolment-v12-programme-leader-email") { db in
            try db.alter(table: "programme") { t in t.add(column: "leaderEmail", .text) }
        }
    }
}
