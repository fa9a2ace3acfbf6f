import EventContracts
import Foundation
import GRDB
import Hummingbird
import OpenAPIKit
import ServiceKit

/// Listeners over HTTP: who studies where, and in what state.
enum ListenerRoutes: APIRoutes {
    static let list = APIOperation(.get, "/v1/listeners", "Listeners, optionally the one intake's candidate became, or one group's",
                                   roles: .courseStaff, query: ListenerFilter.self, response: .array(items: .named("Listener")))
    static let one = APIOperation(.get, "/v1/listeners/:id", "One listener", roles: .courseStaff, response: .named("Listener"))

    static let operations = [list, one]

    static func add(to router: Router<AppRequestContext>, _ environment: ServiceEnvironment) {
        let database = environment.database

        router.on(list) { request, context -> [Listener] in
            let filter = try request.query(ListenerFilter.self, context: context)
            return try await database.read { db in try Listener.list(candidateId: filter.candidateId, groupId: filter.groupId, in: db) }
        }

        router.on(one) { _, context -> Listener in
            let id = try context.parameter("id")
            return try await database.read { db in try Listener.existing(id, in: db) }
        }
    }

    static let schemas: [String: JSONSchema] = [
        "Listener": .object([
            "id": .identifier, "candidateId": .identifier, "fullName": .string, "programmeCode": .string, "groupId": .identifier,
            "admittedAt": .instant, "language": .choice(Language.self), "funding": .choice(Funding.self),
            "employerOrganisationId": .identifier, "employerEmail": .string, "employerNameKk": .string, "employerNameRu": .string,
            "employerPostalAddress": .string, "status": .choice(Listener.Status.self), "expulsionOrderId": .identifier,
        ], required: ["id", "candidateId", "fullName", "programmeCode", "groupId", "admittedAt", "language", "funding",
                      "employerEmail", "status"]),
    ]
}

/// Which listeners to list.
struct ListenerFilter: Form {
    var candidateId: String?
    var groupId: String?

    struct Valid { var candidateId, groupId: String? }

    func read(_ check: inout FieldValidator) -> Valid? {
        let candidateId = check.optionalIdentifier(candidateId, "candidateId", description: "Only the listener intake's candidate became")
        let groupId = check.optionalIdentifier(groupId, "groupId", description: "Only this group's listeners")
        return check.isValid ? Valid(candidateId: candidateId, groupId: groupId) : nil
    }
}
