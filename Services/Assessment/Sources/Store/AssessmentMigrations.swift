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
        migrator.registerMigration("assessment-v3-plans-and-grades") { db in
            try db.alter(table: "listener") { t in
                t.add(column: "candidateId", .text)
                t.add(column: "interruptedOn", .text)
            }
            try db.create(table: "plan") { t in
                t.column("programmeCode", .text).primaryKey()
                t.column("programmeId", .text).notNull()
                t.column("titleKk", .text).notNull()
                t.column("titleRu", .text).notNull()
                t.column("leader", .text).notNull()
                t.column("hours", .integer).notNull()
                t.column("kind", .text).notNull()
                t.column("modules", .jsonText).notNull()
                t.column("finalAssessment", .jsonText).notNull()
                t.column("approvedOn", .text).notNull()
                t.column("updatedAt", .datetime).notNull()
                t.column("updatedBy", .text)
            }
            try db.create(table: "studyGroup") { t in
                t.column("id", .text).primaryKey()
                t.column("code", .text).notNull()
                t.column("programmeCode", .text).notNull().indexed()
                t.column("streamId", .text)
                t.column("startsOn", .text)
                t.column("endsOn", .text)
                t.column("completedOn", .text)
            }
            try db.create(table: "groupTrainer") { t in
                t.column("groupId", .text).notNull()
                t.column("trainerId", .text).notNull()
                t.column("fullName", .text).notNull()
                t.primaryKey(["groupId", "trainerId"])
            }
            try db.create(table: "attempt") { t in
                t.column("listenerId", .text).notNull()
                t.column("number", .integer).notNull()
                t.column("kind", .text).notNull()
                t.column("groupId", .text).notNull().indexed()
                t.column("openedOn", .text).notNull()
                t.column("openedBy", .text)
                t.column("result", .text)
                t.column("score", .integer)
                t.column("decidedOn", .text)
                t.column("decidedBy", .text)
                t.primaryKey(["listenerId", "number"])
            }
            try db.create(table: "grade") { t in
                t.column("listenerId", .text).notNull()
                t.column("attempt", .integer).notNull()
                t.column("part", .text).notNull()
                t.column("points", .integer)
                t.column("passed", .boolean).notNull()
                t.column("assessedOn", .text).notNull()
                t.column("externalBody", .text)
                t.column("assessor", .text)
                t.column("enteredBy", .text).notNull()
                t.column("enteredAt", .datetime).notNull()
                t.primaryKey(["listenerId", "attempt", "part"])
            }
            try db.create(table: "gradeCorrection") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("listenerId", .text).notNull().indexed()
                t.column("attempt", .integer).notNull()
                t.column("part", .text).notNull()
                t.column("before", .text).notNull()
                t.column("after", .text).notNull()
                t.column("reason", .text).notNull()
                t.column("correctedBy", .text).notNull()
                t.column("correctedAt", .datetime).notNull()
            }
            // Every listener known already takes their first attempt with their group; one given
            // a result by the skeleton's single final score keeps it as that attempt's decision.
            // From here on results are the attempts'; the listener's four result columns are
            // no longer read or written.
            try db.execute(sql: """
                INSERT INTO attempt (listenerId, number, kind, groupId, openedOn, result, score, decidedOn, decidedBy)
                SELECT id, 1, 'first', groupId, substr(admittedAt, 1, 10), finalResult, finalScore, assessedOn, assessedBy
                FROM listener
                """)
        }
        // The programme leader's login, from approvals that carry it: they act on their own programmes (4.7).
        migrator.registerMigration("assessment-v4-plan-leader") { db in
            try db.alter(table: "plan") { t in t.add(column: "leaderId", .text) }
        }
    }
}
