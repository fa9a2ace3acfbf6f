import EventContracts
import GRDB
import Hummingbird
import OpenAPIKit
import ServiceKit

/// The programmes an organisation may ask for, over HTTP.
enum ProgrammeRoutes: APIRoutes {
    static let open = APIOperation(.get, "/v1/programmes",
                                   "The approved programmes a request or an application may name (4.8), by code",
                                   roles: .officeAndOrganisations, response: .array(items: .named("Programme")))

    static let operations = [open]

    static func add(to router: Router<AppRequestContext>, _ environment: ServiceEnvironment) {
        router.on(open) { _, _ -> [CataloguedProgramme] in
            try await environment.database.read { db in try CataloguedProgramme.open(in: db) }
        }
    }

    static let schemas: [String: JSONSchema] = [
        "Programme": .object([
            "code": .string, "titleKk": .string, "titleRu": .string, "hours": .integer(minimum: (1, exclusive: false)),
            "kind": .choice(ProgrammeKind.self), "status": .choice(CataloguedProgramme.Status.self), "updatedAt": .instant,
        ], required: ["code", "status", "updatedAt"]),
    ]
}
