import EventContracts
import Foundation
import GRDB
import Hummingbird
import OpenAPIKit
import ServiceKit

/// The registry of graduates over HTTP (7.6), for the staff.
enum RegistryRoutes: APIRoutes {
    static let list = APIOperation(.get, "/v1/certificates", "Certificates, optionally one listener's", roles: .courseStaff,
                                   query: OneListenersFilter.self, response: .array(items: .named("Certificate")))
    static let one = APIOperation(.get, "/v1/certificates/:id", "One certificate of the registry", roles: .courseStaff,
                                  response: .named("Certificate"))
    static let pdf = APIOperation(.get, "/v1/certificates/:id/pdf",
                                  "The certificate's PDF as it was issued (page one after Appendix 3, its appendix after Appendix 4)",
                                  roles: .courseStaff, response: nil, download: ["application/pdf"])

    static let operations = [list, one, pdf]

    static func add(to router: Router<AppRequestContext>, _ environment: ServiceEnvironment) throws {
        let database = environment.database
        let settings = try CertificationSettings(environment.settings)

        router.on(list) { request, context -> [Certificate] in
            let filter = try request.query(OneListenersFilter.self, context: context)
            return try await database.read { db in try Certificate.list(listenerId: filter.listenerId, in: db) }
        }

        router.on(one) { _, context -> Certificate in
            let id = try context.parameter("id")
            return try await database.read { db in try Certificate.existing(id, in: db) }
        }

        router.on(pdf) { _, context -> Response in
            let id = try context.parameter("id")
            let certificate = try await database.read { db in try Certificate.existing(id, in: db) }
            let file = try await CertificateFiles.file(of: certificate, settings: settings, database: database)
            return .file(file, mediaType: "application/pdf", filename: CertificateFiles.filename(certificate))
        }
    }

    /// The appendix's grades, as assessment sends them (`assessment.listener.passed` v2).
    static let grade = JSONSchema.object([
        "letter": .string, "points": .integer(0...100), "gradePointHundredths": .integer(0...400), "passed": .boolean,
        "wordKk": .string, "wordRu": .string,
    ], required: ["passed", "wordKk", "wordRu"])
    static let appendix = JSONSchema.object([
        "titleKk": .string, "titleRu": .string, "totalHours": .integer(1...2000),
        "modules": .array(items: .object(["name": .string, "hours": .integer(1...2000), "grade": grade], required: ["name", "hours", "grade"])),
        "finalAssessment": .object(["external": .boolean, "grade": grade, "assessedOn": .calendarDate, "externalBody": .string,
                                    "assessor": .string], required: ["external", "grade", "assessedOn"]),
    ], required: ["titleKk", "titleRu", "totalHours", "modules", "finalAssessment"])
    static let revocation = JSONSchema.object([
        "reason": .choice(Certificate.Revocation.Reason.self), "on": .calendarDate, "note": .string, "by": .string,
    ], required: ["reason", "on", "by"])

    static let schemas: [String: JSONSchema] = [
        "Certificate": .object([
            "id": .identifier, "registrationNumber": .string, "listenerId": .identifier, "candidateId": .identifier,
            "groupId": .identifier, "fullName": .string, "sex": .choice(Sex.self), "programmeCode": .string,
            "issuedOn": .calendarDate, "rector": .string, "status": .choice(Certificate.Status.self),
            "verificationCode": .string(pattern: VerificationCode.pattern), "holderCode": .string(pattern: VerificationCode.pattern),
            "appendix": appendix, "reissueOf": .identifier, "supersededBy": .identifier, "revocation": revocation,
            "statusListIndex": .integer(0...131_071),
        ], required: ["id", "registrationNumber", "listenerId", "fullName", "programmeCode", "issuedOn", "status",
                      "verificationCode", "holderCode"]),
    ]
}
