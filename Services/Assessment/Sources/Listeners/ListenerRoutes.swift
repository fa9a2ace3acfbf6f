import Hummingbird
import OpenAPIKit
import ServiceKit

/// Assessment's listeners over HTTP.
enum ListenerRoutes: APIRoutes {
    static let one = APIOperation(.get, "/v1/listeners/:id", "A listener and the result of their latest decided attempt", roles: .assessors,
                                  response: .named("AssessedListener"))

    static let operations = [one]

    static func add(to router: Router<AppRequestContext>, _ environment: ServiceEnvironment) {
        router.on(one) { _, context -> ListenerView in
            let id = try context.parameter("id")
            return try await environment.database.read { db in try ListenerView.of(id, in: db) }
        }
    }

    static let schemas: [String: JSONSchema] = [
        "AssessedListener": .object([
            "id": .identifier, "candidateId": .identifier, "fullName": .string, "programmeCode": .string, "groupId": .identifier,
            "admittedAt": .instant,
            "finalResult": .choice(FinalResult.self), "finalScore": .integer(0...100), "assessedOn": .calendarDate, "assessedBy": .string,
            "expelledOn": .calendarDate, "interruptedOn": .calendarDate,
        ], required: ["id", "fullName", "programmeCode", "groupId", "admittedAt"]),
    ]
}
