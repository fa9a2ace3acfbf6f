import Foundation
import GRDB
import Hummingbird
import OpenAPIKit
import ServiceKit

/// Trainers over HTTP, and their assignment to groups, where regulation 5's rules are applied.
enum TrainerRoutes: APIRoutes {
    static let list = APIOperation(.get, "/v1/trainers", "Trainers by name", roles: .courseStaff,
                                   response: .array(items: .named("Trainer")))
    static let one = APIOperation(.get, "/v1/trainers/:id", "One trainer", roles: .courseStaff, response: .named("Trainer"))
    static let record = APIOperation(.post, "/v1/trainers", "Records a trainer as they are; the rules of regulation 5 apply when they are assigned",
                                     roles: .office, form: TrainerForm.self, status: 201, response: .named("Trainer"))
    static let rewrite = APIOperation(.put, "/v1/trainers/:id", "Rewrites a trainer's record (a new contract, say)",
                                      roles: .office, form: TrainerForm.self, response: .named("Trainer"))
    static let assigned = APIOperation(.get, "/v1/groups/:id/trainers", "The trainers assigned to a group", roles: .planners,
                                       response: .array(items: .named("Trainer")))
    static let assign = APIOperation(
        .post, "/v1/groups/:id/trainers",
        "Assigns a trainer to a group, and announces it to assessment (enrolment.trainer.assigned): the trainer then grades the group's listeners. One who does not qualify for the group's stream dates (today, for a group without a stream) is refused (422) with each clause of 5.1 that forbids it",
        roles: .planners, form: AssignmentForm.self, status: 201, response: .named("Trainer"))

    static let operations = [list, one, record, rewrite, assigned, assign]

    static func add(to router: Router<AppRequestContext>, _ environment: ServiceEnvironment) {
        let database = environment.database

        router.on(list) { _, _ -> [Trainer] in
            try await database.read { db in try Trainer.list(in: db) }
        }

        router.on(one) { _, context -> Trainer in
            let id = try context.parameter("id")
            return try await database.read { db in try Trainer.existing(id, in: db) }
        }

        router.on(record) { request, context -> EditedResponse<Trainer> in
            let form = try await request.form(TrainerForm.self, context: context)
            let trainer = try await database.write { db in try Trainers.record(form, in: db) }
            return EditedResponse(status: .created, headers: [.location: "/v1/trainers/\(trainer.id)"], response: trainer)
        }

        router.on(rewrite) { request, context -> Trainer in
            let id = try context.parameter("id")
            let form = try await request.form(TrainerForm.self, context: context)
            return try await database.write { db in try Trainers.rewrite(id, with: form, in: db) }
        }

        router.on(assigned) { _, context -> [Trainer] in
            let groupId = try context.parameter("id")
            return try await database.read { db in
                _ = try StudyGroup.existing(groupId, in: db)
                return try Trainer.assigned(to: groupId, in: db)
            }
        }

        router.on(assign) { request, context -> EditedResponse<Trainer> in
            let groupId = try context.parameter("id")
            let trainerId = try await request.form(AssignmentForm.self, context: context)
            let assigner = try context.caller
            let trainer = try await database.write { db in
                try Trainers.assign(trainerId, to: groupId, by: assigner, today: context.today, outbox: environment.outbox, in: db)
            }
            return EditedResponse(status: .created, headers: [.location: "/v1/trainers/\(trainer.id)"], response: trainer)
        }
    }

    static let schemas: [String: JSONSchema] = [
        "Trainer": .object([
            "id": .identifier, "fullName": .string, "category": .choice(Trainer.Category.self),
            "engagement": .choice(Trainer.Engagement.self),
            "certification": .object(["number": .string, "issuer": .string, "issuedOn": .calendarDate],
                                     required: ["number", "issuer", "issuedOn"]),
            "industryExperienceYears": .integer(0...70),
            "contract": .object(["kind": .choice(Trainer.Contract.Kind.self), "number": .string, "validFrom": .calendarDate,
                                 "validUntil": .calendarDate], required: ["kind", "number", "validFrom", "validUntil"]),
            "createdAt": .instant, "updatedAt": .instant,
        ], required: ["id", "fullName", "category", "engagement", "industryExperienceYears", "createdAt", "updatedAt"]),
    ]
}
