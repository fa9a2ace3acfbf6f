import EventContracts
import Foundation
import GRDB
import Hummingbird
import Messaging
import ServiceKit

/// Organisations' requests. An organisation's token posts and reads its own; the centre's staff
/// post on an organisation's behalf and read all.
enum RequestRoutes {
    static let readers: [Role] = [.operator, .admin, .organisation]
    /// Choosing the programme is the centre's decision.
    static let staff: [Role] = [.operator, .admin]

    static func add(to router: Router<AppRequestContext>, _ environment: ServiceEnvironment) {
        let database = environment.database
        let requests = router.group("v1/requests").add(middleware: RoleGuard(readers))
        let decisions = router.group("v1/requests").add(middleware: RoleGuard(staff))

        requests.post { request, context -> EditedResponse<RequestView> in
            let (body, places) = TeacherListCSV.isCSV(request)
                ? try await TeacherListCSV.form(from: request)
                : (try await request.decodeJSON(OrganisationRequestForm.self, context: context), .json)
            let form = try body.validated(places: places)
            let identity = context.identity!
            // An organisation speaks for itself; staff name the organisation they act for.
            let organisationId = identity.role == .organisation ? identity.organisationId : body.organisationId
            let view = try await database.write { db -> RequestView in
                guard let organisationId, try Organisation.exists(db, key: organisationId) else {
                    throw Problem.validation([("organisationId", RequestText.unknownOrganisation)])
                }
                return try RequestView.create(form, for: organisationId, by: identity, in: db)
            }
            return EditedResponse(status: .created, headers: [.location: "/v1/requests/\(view.request.id)"], response: view)
        }

        requests.get { request, context -> [OrganisationRequest] in
            let identity = context.identity!
            let organisationId = identity.role == .organisation ? identity.organisationId ?? "" : request.uri.queryParameters.get("organisationId")
            return try await database.read { db in
                var query = OrganisationRequest.order(Column("createdAt").desc)
                if let organisationId { query = query.filter(Column("organisationId") == organisationId) }
                return try query.fetchAll(db)
            }
        }

        requests.get(":id") { _, context -> RequestView in
            let id = try context.parameter("id")
            return try await database.read { db in try RequestView.fetch(id, for: context.identity!, in: db) }
        }

        decisions.put(":id/programme") { request, context -> RequestView in
            let id = try context.parameter("id")
            let body = try await request.decodeJSON(ProgrammeChoice.self, context: context)
            var check = FieldValidator()
            let code = check.programmeCode(body.programmeCode, "programmeCode")
            try check.validate()
            return try await database.write { db in
                var view = try RequestView.fetch(id, for: context.identity!, in: db)
                guard view.request.status == .open else { throw RequestText.alreadyWithdrawn }
                try view.choose(programme: code!, by: context.identity!, outbox: environment.outbox, in: db)
                return view
            }
        }

        // Withdrawal (an organisation changes its mind): every candidate still on the way leaves,
        // and each departure is announced so that enrolment frees a place it held.
        requests.post(":id/withdraw") { _, context -> RequestView in
            let id = try context.parameter("id")
            return try await database.write { db in
                var view = try RequestView.fetch(id, for: context.identity!, in: db)
                guard view.request.status == .open else { throw RequestText.alreadyWithdrawn }
                try view.withdraw(outbox: environment.outbox, in: db)
                return view
            }
        }
    }
}

struct ProgrammeChoice: Codable {
    var programmeCode: String?
}
