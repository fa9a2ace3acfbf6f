import EventContracts
import GRDB
import Hummingbird
import OpenAPIKit
import ServiceKit

/// Teachers' PD records over HTTP, for the office and for the teacher's own organisation.
enum PDRecordRoutes: APIRoutes {
    static let lookup = APIOperation(
        .post, "/v1/pd-records/lookup",
        "A teacher's PD record by IIN: her courses with their results, the certificates with their numbers, the year of "
            + "follow-up after each, and when she is due for PD again (at least once every three years). An organisation reads "
            + "the record of a teacher whose latest request or application is its own; any other is 404. A POST, so that the "
            + "IIN is never in an address",
        roles: .officeAndOrganisations, form: PDRecordLookup.self, response: .named("PDRecord"), refusals: [.notFound])
    static let due = APIOperation(
        .get, "/v1/organisations/:id/pd-due",
        "An organisation's teachers due for PD again by a day (today by default), or never certified; all=true lists every "
            + "teacher with where she stands. format=csv (or Accept: text/csv) answers it for Excel",
        roles: .officeAndOrganisations, query: TeachersDueQuery.self, response: .array(items: .named("TeacherPD")),
        download: ["text/csv"])

    static let operations = [lookup, due]

    static func add(to router: Router<AppRequestContext>, _ environment: ServiceEnvironment) {
        let database = environment.database

        router.on(lookup) { request, context -> PDRecord in
            let form = try await request.form(PDRecordLookup.self, context: context)
            let (caller, today) = (try context.caller, context.today)
            return try await database.read { db in try PDRecord.of(form.iin.digits, for: caller, today: today, in: db) }
        }

        router.on(due) { request, context -> Response in
            let query = try request.query(TeachersDueQuery.self, context: context)
            let (id, caller, day) = (try context.parameter("id"), try context.caller, query.dueBy ?? context.today)
            let teachers = try await database.read { db in
                _ = try Organisation.find(id, for: caller, in: db)
                return try TeacherPD.of(organisation: id, dueBy: day, all: query.all, in: db)
            }
            guard request.wantsCSV(query.format) else { return try teachers.response(from: request, context: context) }
            return .csv(TeacherPD.csv(teachers), filename: "pd-due-\(day).csv")
        }
    }

    static let schemas: [String: JSONSchema] = [
        "PDRecord": .object([
            "iin": .string(pattern: "^[0-9]{12}$"), "fullName": .string, "lastCertifiedOn": .calendarDate, "dueOn": .calendarDate,
            "state": .choice(PDRight.State.self),
            "courses": .array(items: .object([
                "candidateId": .identifier, "organisationId": .identifier, "programmeCode": .string, "titleKk": .string,
                "titleRu": .string, "status": .choice(Candidate.Status.self), "requestedAt": .instant,
                "result": .object([
                    "score": .integer(minimum: (0, exclusive: false)), "totalHours": .integer(minimum: (0, exclusive: false)),
                    "assessedOn": .calendarDate,
                ], required: ["score", "assessedOn"]),
                "certificates": .array(items: .named("PDCertificate")),
                "followUp": .array(items: .named("PDFollowUp")),
            ], required: ["candidateId", "status", "requestedAt", "certificates", "followUp"])),
        ], required: ["iin", "fullName", "state", "courses"]),
        "PDCertificate": .object([
            "certificateId": .identifier, "candidateId": .identifier, "registrationNumber": .string, "programmeCode": .string,
            "issuedOn": .calendarDate, "courseDate": .calendarDate, "status": .choice(PDCertificate.Status.self),
            "replacesCertificateId": .identifier, "revokedOn": .calendarDate,
        ], required: ["certificateId", "candidateId", "registrationNumber", "programmeCode", "issuedOn", "courseDate", "status"]),
        "PDFollowUp": .object([
            "planId": .identifier, "candidateId": .identifier, "certificateId": .identifier, "startsOn": .calendarDate,
            "endsOn": .calendarDate, "closedOn": .calendarDate, "closeReason": .choice(FollowUpPlanClosed.Reason.self),
            "activity": .object([
                "consultations": count, "publications": count, "published": count, "participations": count,
            ], required: ["consultations", "publications", "published", "participations"]),
        ], required: ["planId", "candidateId", "certificateId", "startsOn", "endsOn"]),
        "TeacherPD": .object([
            "iin": .string(pattern: "^[0-9]{12}$"), "fullName": .string, "state": .choice(PDRight.State.self),
            "lastCertifiedOn": .calendarDate, "dueOn": .calendarDate, "registrationNumber": .string, "programmeCode": .string,
        ], required: ["iin", "fullName", "state"]),
    ]

    private static let count = JSONSchema.integer(minimum: (0, exclusive: false))
}
