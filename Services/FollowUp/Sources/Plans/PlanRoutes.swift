import EventContracts
import GRDB
import Hummingbird
import OpenAPIKit
import ServiceKit

/// Follow-up plans over HTTP.
enum PlanRoutes: APIRoutes {
    static let list = APIOperation(.get, "/v1/plans", "Follow-up plans, optionally one listener's", roles: .followers,
                                   query: OneListenersFilter.self, response: .array(items: .named("FollowUpPlan")))

    static let operations = [list]

    static func add(to router: Router<AppRequestContext>, _ environment: ServiceEnvironment) {
        router.on(list) { request, context -> [FollowUpPlan] in
            let filter = try request.query(OneListenersFilter.self, context: context)
            return try await environment.database.read { db in try FollowUpPlan.list(listenerId: filter.listenerId, in: db) }
        }
    }

    static let schemas: [String: JSONSchema] = [
        "FollowUpPlan": .object([
            "id": .identifier, "listenerId": .identifier, "certificateId": .identifier, "programmeCode": .string,
            "startsOn": .calendarDate, "endsOn": .calendarDate, "status": .choice(FollowUpPlan.Status.self),
        ], required: ["id", "listenerId", "certificateId", "programmeCode", "startsOn", "endsOn", "status"]),
    ]
}
