import EventContracts
import Foundation
import GRDB
import Hummingbird
import OpenAPIKit
import ServiceKit

/// The registry of graduates over HTTP (7.6): the staff's list, and the public check behind
/// the QR code, which shows no more than name, course, date and status.
enum RegistryRoutes: APIRoutes {
    static let list = APIOperation(.get, "/v1/certificates", "Certificates, optionally one listener's", roles: .courseStaff,
                                   query: OneListenersFilter.self, response: .array(items: .named("Certificate")))
    static let check = APIOperation(.get, "/v1/public/certificates/:number", "Check a certificate by its registration number (public)",
                                    roles: .anyone, response: .named("PublicCertificate"),
                                    pathSchemas: ["number": .string(minLength: 1, maxLength: 64)])

    static let operations = [list, check]

    static func add(to router: Router<AppRequestContext>, _ environment: ServiceEnvironment) {
        let database = environment.database

        router.on(list) { request, context -> [Certificate] in
            let filter = try request.query(OneListenersFilter.self, context: context)
            return try await database.read { db in try Certificate.list(listenerId: filter.listenerId, in: db) }
        }

        router.on(check) { _, context -> PublicCertificate in
            let number = try context.parameter("number")
            return PublicCertificate(try await database.read { db in try Certificate.existing(number: number, in: db) })
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
            "issuedOn": .calendarDate, "status": .choice(Certificate.Status.self), "appendix": appendix,
        ], required: ["id", "registrationNumber", "listenerId", "fullName", "programmeCode", "issuedOn", "status"]),
        "PublicCertificate": .object([
            "registrationNumber": .string, "fullName": .string, "programmeCode": .string, "issuedOn": .calendarDate,
            "status": .choice(Certificate.Status.self),
        ], required: ["registrationNumber", "fullName", "programmeCode", "issuedOn", "status"]),
    ]
}

/// What anyone who scans the QR code may see, and no more: no IIN, no contact details.
public struct PublicCertificate: Codable, Sendable, Equatable, ResponseEncodable {
    public var registrationNumber: String
    public var fullName: String
    public var programmeCode: String
    public var issuedOn: CalendarDate
    public var status: Certificate.Status

    init(_ certificate: Certificate) {
        registrationNumber = certificate.registrationNumber
        fullName = certificate.fullName
        programmeCode = certificate.programmeCode
        issuedOn = certificate.issuedOn
        status = certificate.status
    }
}
