import EventContracts
import Foundation
import Hummingbird
import OpenAPIKit
import ServiceKit

/// Questionnaires over HTTP: a candidate's (personal data: the centre's staff, and the
/// organisation that keeps it), and the import from NOBD (regulation 6.9) for the staff.
enum QuestionnaireRoutes: APIRoutes {
    static let read = APIOperation(
        .get, "/v1/candidates/:id/questionnaire", "The candidate's questionnaire (personal data: staff and the candidate's organisation)",
        roles: .officeAndOrganisations, response: .named("Questionnaire"))
    static let write = APIOperation(.put, "/v1/candidates/:id/questionnaire", "Fill in or correct the candidate's questionnaire",
                                    roles: .officeAndOrganisations, form: QuestionnaireForm.self, response: .named("Questionnaire"),
                                    refusals: [.conflict, .invalid])
    static let importNOBD = APIOperation(
        .post, "/v1/questionnaires/import",
        "Fill or update questionnaires by IIN from a NOBD export (6.9): a UTF-8 CSV with the columns "
            + NOBDImport.columns.map(\.name).joined(separator: ", ")
            + " (only iin required; an empty cell keeps the stored value). Bad rows are reported by line; "
            + "a real run stores all good rows in one transaction and is idempotent",
        roles: .office, query: ImportQuery.self, response: .named("ImportReport"), upload: ["text/csv"])

    static let operations = [read, write, importNOBD]

    static func add(to router: Router<AppRequestContext>, _ environment: ServiceEnvironment) {
        let database = environment.database

        router.on(read) { _, context -> Questionnaire in
            let (id, caller) = (try context.parameter("id"), try context.caller)
            return try await database.read { db in try Questionnaires.of(candidate: id, for: caller, in: db) }
        }

        router.on(write) { request, context -> Questionnaire in
            let id = try context.parameter("id")
            let questionnaire = try await request.form(QuestionnaireForm.self, context: context)
            let caller = try context.caller
            return try await database.write { db in try Questionnaires.fill(questionnaire, for: id, by: caller, in: db) }
        }

        // The body is the CSV export; `?dryRun=true` reports without storing.
        router.on(importNOBD) { request, context -> NOBDImport.Report in
            let query = try request.query(ImportQuery.self, context: context)
            let text = try await CSVTable.text(of: request, limit: NOBDImport.byteLimit)
            let job = NOBDImport(table: try CSVTable(csv: text, columns: NOBDImport.columns, rowLimit: NOBDImport.rowLimit),
                                 today: context.today)
            let (language, caller) = (context.language(of: request), try context.caller)
            if query.dryRun {
                return try await database.read { db in try job.run(dryRun: true, by: caller, language: language, in: db) }
            }
            return try await database.write { db in try job.run(dryRun: false, by: caller, language: language, in: db) }
        }
    }

    static let schemas: [String: JSONSchema] = [
        "Questionnaire": .object([
            "fullName": .string, "iin": .string(pattern: "^[0-9]{12}$"), "birthDate": .calendarDate,
            "sex": .choice(Questionnaire.Sex.self), "position": .string,
            "education": .object(["level": .choice(Questionnaire.EducationLevel.self), "institution": .string, "speciality": .string,
                                  "graduationYear": .integer(1940...2099)],
                                 required: ["level", "institution", "speciality", "graduationYear"]),
            "qualificationCategory": .choice(QualificationCategory.self), "categoryValidUntil": .calendarDate,
            "workplace": .object(["organisation": .string, "region": .choice(Region.self)], required: ["organisation", "region"]),
            "totalExperienceYears": .integer(0...80), "teachingExperienceYears": .integer(0...80),
            "languageOfInstruction": .choice(Language.self), "homeAddress": .string, "phone": .string(pattern: "^\\+7[0-9]{10}$"),
            "email": .string, "additionalInformation": .string,
        ], required: ["fullName", "iin", "birthDate", "sex", "position", "education", "qualificationCategory", "workplace",
                      "totalExperienceYears", "teachingExperienceYears", "languageOfInstruction", "homeAddress", "phone", "email"]),
        "ImportReport": .object([
            "dryRun": .boolean, "rows": .integer(minimum: (0, exclusive: false)), "created": .integer(minimum: (0, exclusive: false)),
            "updated": .integer(minimum: (0, exclusive: false)), "unchanged": .integer(minimum: (0, exclusive: false)),
            "rejected": .integer(minimum: (0, exclusive: false)),
            "problems": .array(items: .object(["field": .string(description: "lines[N].column, N the line in the file"),
                                               "message": .string], required: ["field", "message"])),
        ], required: ["dryRun", "rows", "created", "updated", "unchanged", "rejected", "problems"]),
    ]
}
