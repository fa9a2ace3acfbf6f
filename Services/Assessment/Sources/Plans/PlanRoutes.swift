import EventContracts
import Hummingbird
import OpenAPIKit
import ServiceKit

/// Assessment plans over HTTP: read by everyone who teaches or assesses, changed by the
/// programme's leader or the office.
enum PlanRoutes: APIRoutes {
    static let list = APIOperation(.get, "/v1/plans", "The assessment plans, one per approved programme, by code", roles: .teachingStaff,
                                   response: .array(items: .named("AssessmentPlan")))
    static let one = APIOperation(.get, "/v1/plans/:code", "A programme's assessment plan", roles: .teachingStaff,
                                  response: .named("AssessmentPlan"), pathSchemas: ["code": .programmeCode])
    static let rewrite = APIOperation(
        .put, "/v1/plans/:code",
        "Sets modules' scales, weights and pass marks, and the final assessment's form, scale and pass mark. Unset, a module is "
            + "graded on the letter scale, weighs its hours and passes at 50 points (D); the final assessment is an exam on the "
            + "letter scale passing at 50, external for a long course (2.10). Results already decided stay as decided. A programme "
            + "leader changes only their own programmes' plans (403 otherwise, 4.7)",
        roles: .planners, form: PlanForm.self, response: .named("AssessmentPlan"), refusals: [.invalid],
        pathSchemas: ["code": .programmeCode])

    static let operations = [list, one, rewrite]

    static func add(to router: Router<AppRequestContext>, _ environment: ServiceEnvironment) {
        let database = environment.database

        router.on(list) { _, _ -> [AssessmentPlan] in
            try await database.read { db in try AssessmentPlan.list(in: db) }
        }

        router.on(one) { _, context -> AssessmentPlan in
            let code = try context.parameter("code")
            return try await database.read { db in try AssessmentPlan.existing(code, in: db) }
        }

        router.on(rewrite) { request, context -> AssessmentPlan in
            let code = try context.parameter("code")
            let change = try await request.form(PlanForm.self, context: context)
            let leader = try context.caller
            return try await database.write { db in try Plans.rewrite(code, with: change, by: leader, in: db) }
        }
    }

    static let schemas: [String: JSONSchema] = [
        "AssessmentPlan": .object([
            "programmeCode": .string, "programmeId": .identifier, "titleKk": .string, "titleRu": .string, "leader": .string,
            "leaderId": .string, "hours": .integer(1...2000), "kind": .choice(ProgrammeKind.self),
            "modules": .array(items: .object([
                "number": .integer(1...200), "name": .string, "hours": .integer(1...2000),
                "forms": .array(items: .choice(AssessmentForm.self)), "scale": .choice(GradeScale.self),
                "weight": .integer(0...2000), "passMark": .integer(0...100),
            ], required: ["number", "name", "hours", "forms", "scale", "weight", "passMark"])),
            "finalAssessment": .object([
                "external": .boolean, "form": .choice(AssessmentForm.self), "scale": .choice(GradeScale.self),
                "passMark": .integer(0...100),
            ], required: ["external", "form", "scale", "passMark"]),
            "approvedOn": .calendarDate, "updatedAt": .instant, "updatedBy": .string,
        ], required: ["programmeCode", "programmeId", "titleKk", "titleRu", "leader", "hours", "kind", "modules", "finalAssessment",
                      "approvedOn", "updatedAt"]),
    ]
}
