import EventContracts
import Foundation
import GRDB
import Hummingbird
import OpenAPIKit
import ServiceKit

/// The waiting list over HTTP (4.2): who waits for a place, first in line first.
enum WaitingListRoutes: APIRoutes {
    static let list = APIOperation(
        .get, "/v1/waiting-list",
        "Accepted candidates waiting for a place in a group of their programme and language (4.2), first in line first",
        roles: .courseStaff, query: WaitingFilter.self, response: .array(items: .named("WaitingCandidate")))

    static let operations = [list]

    static func add(to router: Router<AppRequestContext>, _ environment: ServiceEnvironment) {
        router.on(list) { request, context -> [WaitingCandidate] in
            let filter = try request.query(WaitingFilter.self, context: context)
            return try await environment.database.read { db in try WaitingCandidate.list(programmeCode: filter.programmeCode, in: db) }
        }
    }

    static let schemas: [String: JSONSchema] = [
        "WaitingCandidate": .object([
            "candidateId": .identifier, "position": .integer(minimum: (1, exclusive: false)), "programmeCode": .string,
            "language": .choice(Language.self),
            "candidate": .object([
                "candidateId": .identifier, "requestId": .identifier, "fullName": .string, "programmeCode": .string,
                "language": .choice(Language.self), "funding": .choice(Funding.self),
                "employer": .object(["organisationId": .identifier, "nameKk": .string, "nameRu": .string, "email": .string,
                                     "postalAddress": .string], required: ["email"]),
                "acceptedAt": .instant,
            ], required: ["candidateId", "fullName", "programmeCode", "language", "funding", "employer", "acceptedAt"]),
            "joinedAt": .instant,
        ], required: ["candidateId", "position", "programmeCode", "language", "candidate", "joinedAt"]),
    ]
}
