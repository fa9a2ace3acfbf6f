import Foundation
import GRDB
import Hummingbird
import ServiceKit
import Storage

/// Trainers over HTTP, and their assignment to groups, where regulation 5's rules are applied.
enum TrainerRoutes {
    static let readers: [Role] = [.operator, .admin, .programmeLeader, .rector]
    static let keepers: [Role] = [.operator, .admin]
    static let assigners: [Role] = [.operator, .admin, .programmeLeader]

    static func add(to router: Router<AppRequestContext>, _ environment: ServiceEnvironment) {
        let database = environment.database
        let read = router.group("v1/trainers").add(middleware: RoleGuard(readers))
        let keep = router.group("v1/trainers").add(middleware: RoleGuard(keepers))
        let assign = router.group("v1/groups").add(middleware: RoleGuard(assigners))

        read.get { _, _ -> [Trainer] in
            try await database.read { db in try Trainer.order(Column("fullName")).fetchAll(db) }
        }

        read.get(":id") { _, context -> Trainer in
            let id = try context.parameter("id")
            return try await database.read { db in try Trainer.existing(id, in: db) }
        }

        keep.post { request, context -> EditedResponse<Trainer> in
            let form = try await request.decodeJSON(TrainerForm.self, context: context).validated()
            let now = Date()
            let trainer = Trainer(form, createdAt: now, now: now)
            try await database.write { db in try trainer.insert(db) }
            return EditedResponse(status: .created, headers: [.location: "/v1/trainers/\(trainer.id)"], response: trainer)
        }

        keep.put(":id") { request, context -> Trainer in
            let id = try context.parameter("id")
            let form = try await request.decodeJSON(TrainerForm.self, context: context).validated()
            return try await database.write { db in
                let existing = try Trainer.existing(id, in: db)
                let trainer = Trainer(form, id: id, createdAt: existing.createdAt, now: Date())
                try trainer.update(db)
                return trainer
            }
        }

        assign.get(":id/trainers") { _, context -> [Trainer] in
            let groupId = try context.parameter("id")
            return try await database.read { db in
                _ = try StudyGroup.existing(groupId, in: db)
                return try Trainer.filter(sql: "id IN (SELECT trainerId FROM groupTrainer WHERE groupId = ?)", arguments: [groupId])
                    .order(Column("fullName")).fetchAll(db)
            }
        }

        assign.post(":id/trainers") { request, context -> EditedResponse<Trainer> in
            let groupId = try context.parameter("id")
            let body = try await request.decodeJSON(Assignment.self, context: context)
            var check = FieldValidator()
            let trainerId = check.text(body.trainerId, "trainerId", limit: 64)
            try check.validate()
            let today = environment.today.date.description
            let trainer = try await database.write { db -> Trainer in
                let group = try StudyGroup.existing(groupId, in: db)
                let trainer = try Trainer.existing(trainerId!, in: db)
                // The contract must cover the group's stream; a group without one, from today.
                let stream = try group.streamId.flatMap { try Stream.fetchOne(db, key: $0) }
                let refusals = trainer.refusals(from: stream?.startsOn ?? today, until: stream?.endsOn ?? today)
                guard refusals.isEmpty else {
                    throw Problem.validation(refusals.map { ("trainerId", TrainerText.message(for: $0)) })
                }
                try db.execute(sql: """
                    INSERT INTO groupTrainer (groupId, trainerId, assignedOn, assignedBy) VALUES (?, ?, ?, ?)
                    ON CONFLICT DO NOTHING
                    """, arguments: [groupId, trainer.id, today, context.identity!.subject])
                guard db.changesCount > 0 else { throw Problem.validation([("trainerId", TrainerText.alreadyAssigned)]) }
                return trainer
            }
            return EditedResponse(status: .created, headers: [.location: "/v1/trainers/\(trainer.id)"], response: trainer)
        }
    }

    struct Assignment: Codable, Sendable {
        var trainerId: String?
    }
}

extension Trainer {
    static func existing(_ id: String, in db: Database) throws -> Trainer {
        guard let trainer = try Trainer.fetchOne(db, key: id) else { throw Problem.notFound(TrainerText.notFound) }
        return trainer
    }
}

extension StudyGroup {
    static func existing(_ id: String, in db: Database) throws -> StudyGroup {
        guard let group = try StudyGroup.fetchOne(db, key: id) else { throw Problem.notFound(EnrolmentRoutes.groupNotFound) }
        return group
    }
}
