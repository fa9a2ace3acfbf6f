import EventContracts
import Hummingbird
import OpenAPIKit
import ServiceKit

/// Reassessments over HTTP, opened by the office or the programme leader.
enum ReassessmentRoutes: APIRoutes {
    static let open = APIOperation(
        .post, "/v1/listeners/:id/reassessments",
        "Opens a reassessment of a listener who failed: within-a-year (7.4.1), at most once within a year of the failed "
            + "attempt, or next-stream (7.4.2) with a group of the programme's next stream. Parts passed before carry over; "
            + "failed ones are graded again. Any other attempt is refused with its clause",
        roles: .deciders, form: ReassessmentForm.self, status: 201, response: .named("Attempt"), refusals: [.conflict, .invalid])

    static let operations = [open]

    static func add(to router: Router<AppRequestContext>, _ environment: ServiceEnvironment) {
        router.on(open) { request, context -> EditedResponse<Attempt> in
            let listenerId = try context.parameter("id")
            let form = try await request.form(ReassessmentForm.self, context: context)
            let opener = try context.caller
            let attempt = try await environment.database.write { db in
                try Reassessments.open(form.kind, groupId: form.groupId, for: listenerId, by: opener, today: context.today, in: db)
            }
            return EditedResponse(status: .created, headers: [.location: "/v1/listeners/\(listenerId)/grades"], response: attempt)
        }
    }

    static let schemas: [String: JSONSchema] = [
        "Attempt": .object([
            "listenerId": .identifier, "number": .integer(1...1000), "kind": .choice(Attempt.Kind.self), "groupId": .identifier,
            "openedOn": .calendarDate, "openedBy": .string, "result": .choice(FinalResult.self), "score": .integer(0...100),
            "decidedOn": .calendarDate, "decidedBy": .string,
        ], required: ["listenerId", "number", "kind", "groupId", "openedOn"]),
    ]
}
