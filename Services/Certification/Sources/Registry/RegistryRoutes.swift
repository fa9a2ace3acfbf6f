import EventContracts
import Foundation
import GRDB
import Hummingbird
import OpenAPIKit
import ServiceKit

/// The registry of graduates over HTTP (7.6), for the staff.
enum RegistryRoutes: APIRoutes {
    static let list = APIOperation(
        .get, "/v1/certificates",
        "The registry searched by number, name, programme, group, listener, standing and days of issue, newest first, a page at a time; format=csv (or Accept: text/csv) answers every match as CSV for Excel",
        roles: .courseStaff, query: RegistryQuery.self, response: .named("CertificatePage"), download: ["text/csv"])
    static let groupFiles = APIOperation(
        .get, "/v1/groups/:id/certificates",
        "A ZIP of the group's standing certificates as issued, one PDF each, streamed: for printing", roles: .courseStaff,
        response: nil, download: ["application/zip"])
    static let one = APIOperation(.get, "/v1/certificates/:id", "One certificate of the registry", roles: .courseStaff,
                                  response: .named("Certificate"))
    static let pdf = APIOperation(.get, "/v1/certificates/:id/pdf",
                                  "The certificate's PDF as it was issued (page one after Appendix 3, its appendix after Appendix 4)",
                                  roles: .courseStaff, response: nil, download: ["application/pdf"])

    static let operations = [list, one, pdf, groupFiles]

    static func add(to router: Router<AppRequestContext>, _ environment: ServiceEnvironment) throws {
        let database = environment.database
        let settings = try CertificationSettings.of(environment)

        router.on(list) { request, context -> Response in
            let query = try request.query(RegistryQuery.self, context: context)
            if request.wantsCSV(query.format) {
                return .csv(try await database.read { db in try Registry.csv(query, in: db) }, filename: "registry.csv")
            }
            return try await database.read { db in try Registry.page(query, in: db) }.response(from: request, context: context)
        }

        // Each file is read as it is sent: a group's archive never sits in memory whole.
        router.on(groupFiles) { _, context -> Response in
            let groupId = try context.parameter("id")
            let certificates = try await database.read { db in try Registry.printable(groupId: groupId, in: db) }
            guard !certificates.isEmpty else { throw Registry.noneInGroup }
            let body = ResponseBody { writer in
                var archive = ZIPStream()
                for certificate in certificates {
                    let pdf = try await CertificateFiles.file(of: certificate, settings: settings, database: database)
                    try await writer.write(ByteBuffer(data: archive.entry(named: CertificateFiles.filename(certificate), contents: pdf)))
                }
                try await writer.write(ByteBuffer(data: archive.end()))
                try await writer.finish(nil)
            }
            return Response(status: .ok, headers: [
                .contentType: "application/zip", .contentDisposition: "attachment; filename=\"certificates-\(groupId).zip\"",
            ], body: body)
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
        "CertificatePage": .object([
            "items": .array(items: .named("Certificate")), "page": .integer(minimum: (1, exclusive: false)),
            "pageSize": .integer(1...RegistryQuery.largestPage), "total": .integer(minimum: (0, exclusive: false)),
        ], required: ["items", "page", "pageSize", "total"]),
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
