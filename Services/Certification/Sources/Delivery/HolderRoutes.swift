import Foundation
import Hummingbird
import OpenAPIKit
import ServiceKit

/// The holder's own link, sent to them with the certificate: the PDF again whenever they need
/// it, with no login (a listener has none), by a code only their letter carries.
enum HolderRoutes: APIRoutes {
    static let pdf = APIOperation(
        .get, "/v1/holder/certificates/:code/pdf", "The holder's certificate as a PDF, by the code sent to them alone (public)",
        roles: .anyone, response: nil, download: ["application/pdf"], refusals: [.rateLimited], pathSchemas: ["code": .string(pattern: VerificationCode.pattern)])

    static let operations = [pdf]

    static func add(to router: Router<AppRequestContext>, _ environment: ServiceEnvironment) throws {
        let database = environment.database
        let settings = try CertificationSettings.of(environment)
        let limiter = environment.parts.shared(RateLimiter.self) { RateLimiter(environment.settings) }

        router.on(pdf) { request, context -> Response in
            try limiter.admit(request, context: context)
            let code = try context.parameter("code")
            let certificate = try await database.read { db in try Certificate.existing(holderCode: code, in: db) }
            let file = try await CertificateFiles.file(of: certificate, settings: settings, database: database)
            return .file(file, mediaType: "application/pdf", filename: CertificateFiles.filename(certificate))
        }
    }
}
