import EventContracts
import Hummingbird
import OpenAPIKit
import ServiceKit

/// The public check over HTTP, with no login: by the code the QR code carries, or by the
/// number and the holder's surname together. Anything else answers 404, the same as a
/// certificate that does not exist.
enum PublicCheckRoutes: APIRoutes {
    static let byCode = APIOperation(
        .get, "/v1/public/certificates/:code", "Check a certificate by the verification code its QR code carries (public)",
        roles: .anyone, response: .named("PublicCertificate"), pathSchemas: ["code": .string(pattern: VerificationCode.pattern)])
    static let byPaper = APIOperation(
        .get, "/v1/public/certificates",
        "Check a certificate by its registration number and the holder's surname, as printed (public); the number alone finds nothing",
        roles: .anyone, query: PaperLookup.self, response: .named("PublicCertificate"), refusals: [.notFound])

    static let operations = [byCode, byPaper]

    static func add(to router: Router<AppRequestContext>, _ environment: ServiceEnvironment) {
        let database = environment.database

        router.on(byCode) { _, context -> PublicCertificate in
            let code = try context.parameter("code")
            return PublicCertificate(try await database.read { db in try Certificate.existing(code: code, in: db) })
        }

        router.on(byPaper) { request, context -> PublicCertificate in
            let lookup = try request.query(PaperLookup.self, context: context)
            let certificate = try await database.read { db in try Certificate.find(number: lookup.number, in: db) }
            guard let certificate, PublicCheckRules.matches(surname: lookup.surname, fullName: certificate.fullName) else {
                throw Certificate.notFound
            }
            return PublicCertificate(certificate)
        }
    }

    static let schemas: [String: JSONSchema] = [
        "PublicCertificate": .object([
            "registrationNumber": .string, "fullName": .string, "programmeCode": .string, "titleKk": .string, "titleRu": .string,
            "hours": .integer(1...2000), "issuedOn": .calendarDate, "status": .choice(Certificate.Status.self),
        ], required: ["registrationNumber", "fullName", "programmeCode", "issuedOn", "status"]),
    ]
}
