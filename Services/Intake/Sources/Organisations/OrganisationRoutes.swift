import Foundation
import GRDB
import Hummingbird
import OpenAPIKit
import ServiceKit

/// The register of organisations over HTTP. The centre's operators keep it; an organisation's
/// own token reads its own entry and no other.
enum OrganisationRoutes: APIRoutes {
    static let register = APIOperation(.post, "/v1/organisations", "Register an organisation (409 if its BIN is registered)",
                                       roles: .office, form: OrganisationForm.self, status: 201, response: .named("Organisation"),
                                       refusals: [.conflict])
    static let list = APIOperation(.get, "/v1/organisations", "The register of organisations", roles: .office,
                                   response: .array(items: .named("Organisation")))
    static let one = APIOperation(.get, "/v1/organisations/:id", "One organisation; an organisation's token reads only its own",
                                  roles: .officeAndOrganisations, response: .named("Organisation"))
    static let correct = APIOperation(
        .put, "/v1/organisations/:id",
        "Correct an organisation's entry; announced (intake.organisation.updated), so the next notice about its teachers goes to the new address",
        roles: .office, form: OrganisationForm.self, response: .named("Organisation"), refusals: [.conflict])

    static let operations = [register, list, one, correct]

    static func add(to router: Router<AppRequestContext>, _ environment: ServiceEnvironment) {
        let database = environment.database

        router.on(register) { request, context -> EditedResponse<Organisation> in
            let form = try await request.form(OrganisationForm.self, context: context)
            let organisation = try await database.write { db in try Organisations.register(form, in: db) }
            return EditedResponse(status: .created, headers: [.location: "/v1/organisations/\(organisation.id)"], response: organisation)
        }

        router.on(list) { _, _ -> [Organisation] in
            try await database.read { db in try Organisation.list(in: db) }
        }

        router.on(one) { _, context -> Organisation in
            let id = try context.parameter("id")
            let caller = try context.caller
            return try await database.read { db in try Organisation.find(id, for: caller, in: db) }
        }

        router.on(correct) { request, context -> Organisation in
            let id = try context.parameter("id")
            let form = try await request.form(OrganisationForm.self, context: context)
            return try await database.write { db in try Organisations.correct(id, with: form, outbox: environment.outbox, in: db) }
        }
    }

    static let schemas: [String: JSONSchema] = [
        "Organisation": .object([
            "id": .identifier, "kind": .choice(Organisation.Kind.self), "nameKk": .string, "nameRu": .string,
            "region": .choice(Region.self), "bin": .string(pattern: "^[0-9]{12}$"), "postalAddress": .string, "email": .string,
            "createdAt": .instant, "updatedAt": .instant,
        ], required: ["id", "kind", "nameKk", "nameRu", "region", "bin", "postalAddress", "email", "createdAt", "updatedAt"]),
    ]
}
