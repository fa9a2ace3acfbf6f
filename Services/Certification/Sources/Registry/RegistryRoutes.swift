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

    static let operations = [list]

    static func add(to router: Router<AppRequestContext>, _ environment: ServiceEnvironment) {
        let database = environment.database

        router.on(list) { request, context -> [Certificate] in
            let filter = try request.query(OneListenersFilter.self, context: context)
            return try await database.read { db in try Certificate.list(listenerId: filter.listenerId, in: db) }
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

    static let schemas: [String: JSONSchema] = [
        "Certificate": .object([
            "id": .identifier, "registrationNumber": .string, "listenerId": .identifier, "fullName": .string, "programmeCode": .string,
            "issuedOn": .calendarDate, "status": .choice(Certificate.Status.self),
            "verificationCode": .string(pattern: VerificationCode.pattern), "appendix": appendix,
        ], required: ["id", "registrationNumber", "listenerId", "fullName", "programmeCode", "issuedOn", "status", "verificationCode"]),
    ]
}
