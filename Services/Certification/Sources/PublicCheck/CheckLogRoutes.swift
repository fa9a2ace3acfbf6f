import GRDB
import Hummingbird
import OpenAPIKit
import ServiceKit

/// The log of public checks, for the registry's owner (the office): who checked what, when.
enum CheckLogRoutes: APIRoutes {
    static let list = APIOperation(
        .get, "/v1/public-checks",
        "The public checks, newest first (written within a second of each), optionally of one certificate", roles: .office,
        query: CheckLogFilter.self, response: .array(items: .named("PublicCheckEntry")))

    static let operations = [list]

    static func add(to router: Router<AppRequestContext>, _ environment: ServiceEnvironment) throws {
        let database = environment.database
        router.on(list) { request, context -> [PublicCheckEntry] in
            let filter = try request.query(CheckLogFilter.self, context: context)
            return try await database.read { db in
                var query = PublicCheckEntry.order(Column("checkedAt").desc)
                if let id = filter.certificateId { query = query.filter(Column("certificateId") == id) }
                return try query.fetchListing(db)
            }
        }
    }

    static let schemas: [String: JSONSchema] = [
        "PublicCheckEntry": .object([
            "id": .identifier, "checkedAt": .instant, "way": .choice(PublicChecks.Way.self), "certificateId": .identifier,
            "registrationNumber": .string, "client": .string,
        ], required: ["id", "checkedAt", "way", "client"]),
    ]
}

struct CheckLogFilter: Form {
    var certificateId: String?

    struct Valid: Sendable {
        var certificateId: String?
    }

    func read(_ check: inout FieldValidator) -> Valid? {
        let id = check.optionalIdentifier(certificateId, "certificateId", description: "Only the checks that found this certificate")
        return check.isValid ? Valid(certificateId: id) : nil
    }
}
