import EventContracts
import Foundation
import GRDB
import Hummingbird
import OpenAPIKit
import ServiceKit

/// Programmes over HTTP: a programme leader writes a draft, the rector (or an administrator)
/// records the decision that approves it, and later retires it.
enum ProgrammeRoutes: APIRoutes {
    static let list = APIOperation(.get, "/v1/programmes", "Programmes by code, optionally of one status", roles: .teachingStaff,
                                   query: ProgrammeFilter.self, response: .array(items: .named("Programme")))
    static let one = APIOperation(.get, "/v1/programmes/:code", "One programme", roles: .teachingStaff, response: .named("Programme"),
                                  pathSchemas: ["code": .programmeCode])
    static let write = APIOperation(
        .post, "/v1/programmes", "Writes a programme as a draft (4.7); its modules' hours add up to its hours, which fit its kind (4.9)",
        roles: .planners, form: ProgrammeForm.self, status: 201, response: .named("Programme"), refusals: [.conflict])
    static let rewrite = APIOperation(
        .put, "/v1/programmes/:code", "Rewrites a draft (a programme leader only their own); an approved or retired programme answers 409",
        roles: .planners, form: ProgrammeForm.self, response: .named("Programme"), refusals: [.conflict],
        pathSchemas: ["code": .programmeCode])
    static let approve = APIOperation(
        .post, "/v1/programmes/:code/approval", "Approves a draft by the decision named (4.8) and announces enrolment.programme.approved",
        roles: .approvers, form: ApprovalForm.self, response: .named("Programme"), refusals: [.conflict],
        pathSchemas: ["code": .programmeCode])
    static let retire = APIOperation(
        .post, "/v1/programmes/:code/retirement",
        "Retires an approved programme: no new group studies it, and intake takes no new request for it (enrolment.programme.retired)",
        roles: .approvers, response: .named("Programme"), refusals: [.conflict], pathSchemas: ["code": .programmeCode])

    static let operations = [list, one, write, rewrite, approve, retire]

    static func add(to router: Router<AppRequestContext>, _ environment: ServiceEnvironment) {
        let database = environment.database

        router.on(list) { request, context -> [Programme] in
            let filter = try request.query(ProgrammeFilter.self, context: context)
            return try await database.read { db in try Programme.list(status: filter.status, in: db) }
        }

        router.on(one) { _, context -> Programme in
            let code = try context.parameter("code")
            return try await database.read { db in try Programme.existing(code: code, in: db) }
        }

        router.on(write) { request, context -> EditedResponse<Programme> in
            let content = try await request.form(ProgrammeForm.self, context: context)
            let author = try context.caller
            let programme = try await database.write { db in try Programmes.write(content, by: author, in: db) }
            return EditedResponse(status: .created, headers: [.location: "/v1/programmes/\(programme.code)"], response: programme)
        }

        router.on(rewrite) { request, context -> Programme in
            let code = try context.parameter("code")
            let content = try await request.form(ProgrammeForm.self, context: context)
            let author = try context.caller
            return try await database.write { db in try Programmes.rewrite(code, with: content, by: author, in: db) }
        }

        router.on(approve) { request, context -> Programme in
            let code = try context.parameter("code")
            let decision = try await request.form(ApprovalForm.self, context: context)
            let approver = try context.caller
            return try await database.write { db in
                try Programmes.approve(code, decision: decision.decision, on: decision.approvedOn, by: approver,
                                       outbox: environment.outbox, in: db)
            }
        }

        router.on(retire) { _, context -> Programme in
            let code = try context.parameter("code")
            return try await database.write { db in try Programmes.retire(code, outbox: environment.outbox, in: db) }
        }
    }

    static let schemas: [String: JSONSchema] = [
        "Programme": .object([
            "id": .identifier, "code": .string, "titleKk": .string, "titleRu": .string, "leader": .string, "leaderEmail": .email, "authorId": .string,
            "outcomes": .array(items: .string), "modules": .array(items: module), "hours": .integer(1...ProgrammeForm.hourLimit),
            "kind": .choice(Programme.Kind.self), "form": .choice(Programme.Form.self), "arrangement": .choice(Programme.Arrangement.self),
            "status": .choice(Programme.Status.self),
            "approval": .object(["decision": .string, "approvedOn": .calendarDate, "recordedBy": .string],
                                required: ["decision", "approvedOn", "recordedBy"]),
            "createdAt": .instant, "updatedAt": .instant,
        ], required: ["id", "code", "titleKk", "titleRu", "leader", "authorId", "outcomes", "modules", "hours", "kind", "form",
                      "arrangement", "status", "createdAt", "updatedAt"]),
    ]

    private static let module = JSONSchema.object([
        "name": .string, "hours": .integer(1...ProgrammeForm.hourLimit), "content": .string, "assessmentForms": .array(items: .string),
    ], required: ["name", "hours", "content", "assessmentForms"])
}
