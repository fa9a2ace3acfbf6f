import EventContracts
import Hummingbird
import OpenAPIKit
import ServiceKit

/// The end of a group's course over HTTP.
enum CompletionRoutes: APIRoutes {
    static let complete = APIOperation(
        .post, "/v1/groups/:id/completion",
        "Ends the group's course and announces enrolment.group.completed with every listener admitted by order and not expelled",
        roles: .orderIssuers, form: CompletionForm.self, response: .named("GroupCompleted"), refusals: [.conflict])

    static let operations = [complete]

    static func add(to router: Router<AppRequestContext>, _ environment: ServiceEnvironment) {
        router.on(complete) { request, context -> GroupCompleted in
            let id = try context.parameter("id")
            let date = try await request.form(CompletionForm.self, context: context)
            return try await environment.database.write { db in
                try Completion.complete(id, on: date, outbox: environment.outbox, in: db)
            }
        }
    }

    static let schemas: [String: JSONSchema] = [
        "GroupCompleted": .object([
            "groupId": .identifier, "groupCode": .string, "programmeCode": .string, "completedOn": .calendarDate,
            "listeners": .array(items: .object(["listenerId": .identifier, "candidateId": .identifier, "fullName": .string],
                                               required: ["listenerId", "candidateId", "fullName"])),
        ], required: ["groupId", "groupCode", "programmeCode", "completedOn", "listeners"]),
    ]
}

extension GroupCompleted: ResponseEncodable {}
