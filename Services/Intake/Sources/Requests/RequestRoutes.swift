import EventContracts
import Foundation
import GRDB
import Hummingbird
import OpenAPIKit
import ServiceKit

/// Organisations' requests over HTTP. An organisation's token posts and reads its own; the
/// centre's staff post on an organisation's behalf and read all.
enum RequestRoutes: APIRoutes {
    static let submit = APIOperation(
        .post, "/v1/requests",
        "Send a list of teachers for an approved programme or a topic (4.1); each becomes a candidate. The teachers may "
            + "instead come as a text/csv body (columns fullName, iin, position, email; headings also in Russian "
            + "or Kazakh; comma or semicolon), the rest of the request in the query; problems are named by line",
        roles: .officeAndOrganisations, form: OrganisationRequestForm.self, query: TeacherListQuery.self, status: 201,
        response: .named("RequestView"), upload: ["text/csv"], refusals: [.invalid])
    static let list = APIOperation(.get, "/v1/requests", "Requests, newest first; an organisation sees its own",
                                   roles: .officeAndOrganisations, query: RequestFilter.self,
                                   response: .array(items: .named("OrganisationRequest")))
    static let one = APIOperation(.get, "/v1/requests/:id", "A request and the status of each of its teachers",
                                  roles: .officeAndOrganisations, response: .named("RequestView"))
    static let choose = APIOperation(
        .put, "/v1/requests/:id/programme", "Choose the programme for a request that named a topic, or change it while files are open",
        roles: .office, form: ProgrammeChoice.self, response: .named("RequestView"), refusals: [.conflict, .invalid])
    static let withdraw = APIOperation(.post, "/v1/requests/:id/withdraw",
                                       "Withdraw a request; its candidates still on the way leave (409 if already withdrawn)",
                                       roles: .officeAndOrganisations, response: .named("RequestView"), refusals: [.conflict])

    static let operations = [submit, list, one, choose, withdraw]

    static func add(to router: Router<AppRequestContext>, _ environment: ServiceEnvironment) {
        let database = environment.database

        router.on(submit) { request, context -> EditedResponse<RequestView> in
            let form = TeacherListCSV.isCSV(request)
                ? try await TeacherListCSV.form(from: request, context: context)
                : try await request.form(OrganisationRequestForm.self, context: context)
            let caller = try context.caller
            // An organisation speaks for itself; staff name the organisation they act for.
            let organisationId = caller.role == .organisation ? caller.organisationId : form.organisationId
            let view = try await database.write { db in try Requests.submit(form, for: organisationId, by: caller, in: db) }
            return EditedResponse(status: .created, headers: [.location: "/v1/requests/\(view.request.id)"], response: view)
        }

        router.on(list) { request, context -> [OrganisationRequest] in
            let filter = try request.query(RequestFilter.self, context: context)
            let caller = try context.caller
            let organisationId = caller.role == .organisation ? caller.organisationId ?? "" : filter.organisationId
            return try await database.read { db in try OrganisationRequest.list(organisationId: organisationId, in: db) }
        }

        router.on(one) { _, context -> RequestView in
            let id = try context.parameter("id")
            let caller = try context.caller
            return try await database.read { db in try RequestView(id, for: caller, in: db) }
        }

        router.on(choose) { request, context -> RequestView in
            let id = try context.parameter("id")
            let code = try await request.form(ProgrammeChoice.self, context: context)
            let caller = try context.caller
            return try await database.write { db in
                try Requests.choose(programme: code, for: id, by: caller, outbox: environment.outbox, in: db)
            }
        }

        router.on(withdraw) { _, context -> RequestView in
            let id = try context.parameter("id")
            let caller = try context.caller
            return try await database.write { db in try Requests.withdraw(id, by: caller, outbox: environment.outbox, in: db) }
        }
    }

    static let schemas: [String: JSONSchema] = [
        "OrganisationRequest": .object([
            "id": .identifier, "organisationId": .identifier, "programmeCode": .string, "topic": .string,
            "language": .choice(Language.self), "funding": .choice(Funding.self), "preferredFrom": .calendarDate,
            "preferredTo": .calendarDate, "status": .choice(OrganisationRequest.Status.self), "submittedBy": .string,
            "createdAt": .instant, "updatedAt": .instant,
        ], required: ["id", "organisationId", "language", "funding", "status", "submittedBy", "createdAt", "updatedAt"]),
        "RequestView": .object(["request": .named("OrganisationRequest"), "candidates": .array(items: .named("Candidate"))],
                               required: ["request", "candidates"]),
    ]
}
