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
        // A plan's life: whom it follows by name, why and when it closed; the certificates it
        // follows (a reissue replaces one, a revocation closes the plan); the programmes as
        // enrolment announced them, for who leads each plan (8.2).
        migrator.registerMigration("follow-up-v2-plan-life") { db in
            try db.alter(table: "plan") { t in
                t.add(column: "fullName", .text)
                t.add(column: "closedOn", .text)
                t.add(column: "closeReason", .text)
                t.add(column: "summary", .text)
            }
            try db.create(table: "planCertificate") { t in
                t.column("certificateId", .text).primaryKey()
                t.column("planId", .text).notNull().references("plan")
                t.column("registrationNumber", .text)
                t.column("issuedOn", .text).notNull()
                t.column("status", .text).notNull()
            }
            try db.create(index: "planCertificate_plan", on: "planCertificate", columns: ["planId"])
            // A plan opened before this follows the certificate it was opened for; its number
            // was not kept then.
            try db.execute(sql: """
                INSERT INTO planCertificate (certificateId, planId, registrationNumber, issuedOn, status)
                SELECT certificateId, id, NULL, startsOn, 'valid' FROM plan
                """)
            try db.create(table: "programme") { t in
                t.column("code", .text).primaryKey()
                t.column("programmeId", .text).notNull()
                t.column("titleKk", .text).notNull()
                t.column("titleRu", .text).notNull()
                t.column("leader", .text).notNull()
                t.column("leaderId", .text)
                t.column("hours", .integer).notNull()
                t.column("approvedOn", .text).notNull()
                t.column("retiredAt", .datetime)
            }
        }
        // What happens in a plan (8.4.1–8.4.3): consultations, publications supported, and the
        // professional-community events the centre runs, each teacher's part in them counted.
        migrator.registerMigration("follow-up-v3-activities") { db in
            try db.alter(table: "plan") { t in
                t.add(column: "lastActivityOn", .text)
            }
            try db.create(table: "consultation") { t in
                t.column("id", .text).primaryKey()
                t.column("planId", .text).notNull().references("plan").indexed()
                t.column("heldOn", .text).notNull()
                t.column("topic", .text).notNull()
                t.column("help", .text).notNull()
                t.column("area", .text).notNull()
                t.column("mode", .text).notNull()
                t.column("outcome", .text).notNull()
                t.column("recordedBy", .text).notNull()
                t.column("recordedAt", .datetime).notNull()
            }
            try db.create(table: "publication") { t in
                t.column("id", .text).primaryKey()
                t.column("planId", .text).notNull().references("plan").indexed()
                t.column("title", .text).notNull()
                t.column("venue", .text)
                t.column("coAuthors", .jsonText).notNull()
                t.column("status", .text).notNull()
                t.column("reference", .text)
                t.column("updatedOn", .text).notNull()
                t.column("updatedBy", .text).notNull()
            }
            try db.create(table: "communityEvent") { t in
                t.column("id", .text).primaryKey()
                t.column("kind", .text).notNull()
                t.column("title", .text).notNull()
                t.column("heldOn", .text).notNull().indexed()
                t.column("mode", .text).notNull()
                t.column("agenda", .text).notNull()
                t.column("outcomes", .text)
                t.column("otherParticipants", .integer).notNull()
                t.column("recordedBy", .text).notNull()
                t.column("recordedAt", .datetime).notNull()
            }
            try db.create(table: "participation") { t in
                t.column("eventId", .text).notNull().references("communityEvent")
                t.column("planId", .text).notNull().references("plan").indexed()
                t.primaryKey(["eventId", "planId"])
            }
        }
        // Reminders of quiet plans: where each programme leader's mail goes, and when a plan
        // was flagged (its letter goes through the mail queue, registered after these).
        migrator.registerMigration("follow-up-v4-quiet-plans") { db in
            try db.alter(table: "programme") { t in t.add(column: "leaderEmail", .text) }
            try db.alter(table: "plan") { t in t.add(column: "quietSince", .text) }
        }
        // Monitoring of the programmes (8.4.4): each review with its conclusions and actions,
        // and each notice that one is due, announced once.
        migrator.registerMigration("follow-up-v5-monitoring") { db in
            try db.create(table: "review") { t in
                t.column("id", .text).primaryKey()
                t.column("programmeCode", .text).notNull().indexed()
                t.column("reviewedOn", .text).notNull()
                t.column("conclusions", .text).notNull()
                t.column("actions", .jsonText).notNull()
                t.column("recordedBy", .text).notNull()
                t.column("recordedAt", .datetime).notNull()
            }
            try db.create(table: "monitoringNotice") { t in
                t.column("programmeCode", .text).notNull()
                t.column("dueOn", .text).notNull()
                t.column("announcedOn", .text).notNull()
                t.primaryKey(["programmeCode", "dueOn"])
            }
        }
        // The evidence of a programme's review (8.4.4), from what the other services announced:
        // each group of a programme, and each listener's way through it to a result. A review
        // keeps the evidence it was recorded with; reviews before this have none.
        migrator.registerMigration("follow-up-v6-cohorts") { db in
            try db.create(table: "cohort") { t in
                t.column("groupId", .text).primaryKey()
                t.column("programmeCode", .text).indexed()
                t.column("groupCode", .text)
                t.column("startsOn", .text)
                t.column("completedOn", .text)
            }
            try db.create(table: "cohortListener") { t in
                t.column("listenerId", .text).primaryKey()
                t.column("candidateId", .text).indexed()
                t.column("groupId", .text).notNull().indexed()
                t.column("movedOn", .text)
                t.column("interruptedOn", .text)
                t.column("expelledOn", .text)
                t.column("withdrawnOn", .text)
                t.column("finishedGroupId", .text).indexed()
                t.column("result", .text)
                t.column("attempt", .integer)
                t.column("letter", .text)
                t.column("score", .integer)
                t.column("resultOn", .text)
            }
            try db.alter(table: "review") { t in t.add(column: "evidence", .jsonText) }
        }
        // Which listeners a review counts: those whose joining a group (an admission, or a
        // transfer into it) follow-up heard, not those admitted before it read admissions, of
        // whom it has only later facts. And withdrawals kept by candidate, since one may come
        // before the admission it undoes.
        migrator.registerMigration("follow-up-v7-cohort-joins") { db in
            try db.alter(table: "cohortListener") { t in t.add(column: "joinedOn", .text) }
            try db.create(table: "candidateWithdrawal") { t in
                t.column("candidateId", .text).primaryKey()
                t.column("withdrawnOn", .text).notNull()
            }
        }
    }
}
