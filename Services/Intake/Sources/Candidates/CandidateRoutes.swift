import EventContracts
import Foundation
import GRDB
import Hummingbird
import OpenAPIKit
import ServiceKit

/// Candidates, however they came: their status and file, and withdrawal. An organisation sees
/// only its own candidates.
enum CandidateRoutes: APIRoutes {
    static let one = APIOperation(.get, "/v1/candidates/:id", "A candidate's status and file", roles: .officeAndOrganisations,
                                  response: .named("CandidateView"))
    static let withdraw = APIOperation(.post, "/v1/candidates/:id/withdraw",
                                       "Withdraw one candidate still on the way (409 once the course is over)",
                                       roles: .officeAndOrganisations, response: .named("CandidateView"), refusals: [.conflict])

    static let operations = [one, withdraw]

    static func add(to router: Router<AppRequestContext>, _ environment: ServiceEnvironment) {
        let database = environment.database

        router.on(one) { _, context -> CandidateView in
            let id = try context.parameter("id")
            let caller = try context.caller
            return try await database.read { db in try CandidateView(try Candidate.find(id, for: caller, in: db), in: db) }
        }

        router.on(withdraw) { _, context -> CandidateView in
            let id = try context.parameter("id")
            let caller = try context.caller
            return try await database.write { db in try Withdrawals.withdraw(id, by: caller, outbox: environment.outbox, in: db) }
        }
    }

    static let schemas: [String: JSONSchema] = [
        "Candidate": .object([
            "id": .identifier, "requestId": .identifier.with(description: "Absent for an individual application"),
            "organisationId": .identifier.with(description: "The sending organisation, if any"), "fullName": .string,
            "iin": .string(pattern: "^[0-9]{12}$"), "position": .string, "email": .string,
            "programmeCode": .string(description: "Absent while the request names only a topic"),
            "language": .choice(Language.self), "funding": .choice(Funding.self), "employerEmail": .string,
            "status": .choice(Candidate.Status.self), "listenerId": .string, "submittedBy": .string, "createdAt": .instant,
            "updatedAt": .instant,
        ], required: ["id", "fullName", "iin", "language", "funding", "status", "submittedBy", "createdAt", "updatedAt"]),
        "CandidateView": .object(["candidate": .named("Candidate"), "checklist": .named("DocumentChecklist")],
                                 required: ["candidate", "checklist"]),
    ]
}
