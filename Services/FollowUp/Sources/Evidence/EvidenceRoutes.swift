import EventContracts
import Foundation
import GRDB
import Hummingbird
import OpenAPIKit
import ServiceKit

/// A programme's review evidence over HTTP (8.4.4): its figures as JSON or CSV, and the trend
/// across its cohorts as an SVG chart.
enum EvidenceRoutes: APIRoutes {
    static let evidence = APIOperation(
        .get, "/v1/programmes/:code/evidence",
        "The evidence for a programme's effectiveness review, computed from the services' events (a programme leader reads "
            + "their own programmes'): each cohort's admitted, "
            + "completed, passed, failed, expelled, interrupted and withdrawn listeners, its completion, pass and expulsion rates "
            + "and final grades, the totals, and the follow-up of each teacher it certified. format=csv (or Accept: text/csv) "
            + "answers a row per cohort and the totals, for Excel",
        roles: .courseStaff, query: ExportQuery.self, response: .named("ProgrammeEvidence"), download: ["text/csv"],
        pathSchemas: ["code": .programmeCode])
    static let trend = APIOperation(
        .get, "/v1/programmes/:code/trend",
        "The trend across a programme's cohorts as an SVG chart, readable without a script: the completion, pass and expulsion "
            + "rates of each cohort in the order they ran, each point with its value",
        roles: .courseStaff, query: PageLanguageQuery.self, response: nil, download: ["image/svg+xml"],
        pathSchemas: ["code": .programmeCode])

    static let operations = [evidence, trend]

    static func add(to router: Router<AppRequestContext>, _ environment: ServiceEnvironment) {
        let database = environment.database

        router.on(evidence) { request, context -> Response in
            let query = try request.query(ExportQuery.self, context: context)
            let code = try context.parameter("code")
            let caller = try context.caller
            let evidence = try await database.read { db in try ProgrammeEvidence.of(code, for: caller, in: db) }
            guard request.wantsCSV(query.format) else { return try evidence.response(from: request, context: context) }
            return .csv(evidence.csv, filename: "evidence-\(code).csv")
        }

        router.on(trend) { request, context -> Response in
            _ = try request.query(PageLanguageQuery.self, context: context)
            let code = try context.parameter("code")
            let caller = try context.caller
            let evidence = try await database.read { db in try ProgrammeEvidence.of(code, for: caller, in: db) }
            let language = request.pageLanguage()
            var response = Response.file(Data(TrendChart.svg(evidence, in: language).utf8), mediaType: "image/svg+xml",
                                         filename: "trend-\(code).svg")
            response.headers[.contentLanguage] = language.rawValue
            return response
        }
    }

    static let count = JSONSchema.integer(minimum: (0, exclusive: false))
    static let percent = JSONSchema.number(maximum: (100, exclusive: false), minimum: (0, exclusive: false))

    static let schemas: [String: JSONSchema] = [
        "ProgrammeEvidence": .object([
            "programmeCode": .string, "titleKk": .string, "titleRu": .string,
            "cohorts": .array(items: .named("CohortFigures")), "totals": .named("CohortFigures"),
            "followUp": .object([
                "plans": count, "closed": count, "revoked": count, "quiet": count, "consultations": count, "publications": count,
                "published": count, "events": count, "participations": count,
                "teachers": .array(items: .object([
                    "planId": .identifier, "listenerId": .identifier, "fullName": .string,
                    "status": .choice(FollowUpPlan.Status.self), "startsOn": .calendarDate, "consultations": count,
                    "publications": count, "published": count, "participations": count, "lastActivityOn": .calendarDate,
                ], required: ["planId", "listenerId", "status", "startsOn", "consultations", "publications", "published",
                              "participations"])),
            ], required: ["plans", "closed", "revoked", "quiet", "consultations", "publications", "published", "events",
                          "participations", "teachers"]),
        ], required: ["programmeCode", "titleKk", "titleRu", "cohorts", "totals", "followUp"]),
        "CohortFigures": .object([
            "groupId": .identifier, "groupCode": .string, "startsOn": .calendarDate, "completedOn": .calendarDate,
            "admitted": count, "completed": count, "passed": count, "failed": count, "expelled": count, "interrupted": count,
            "withdrawn": count, "completionRate": percent, "passRate": percent, "expulsionRate": percent,
            "grades": .object(additionalProperties: .init(count)), "averageScore": percent,
        ], required: ["admitted", "completed", "passed", "failed", "expelled", "interrupted", "withdrawn", "grades"]),
    ]
}

extension ProgrammeEvidence {
    /// The evidence of the programme `code`, if `caller` may read it.
    static func of(_ code: String, for caller: Identity, in db: Database) throws -> ProgrammeEvidence {
        guard let programme = try FollowedProgramme.fetchOne(db, key: code) else { throw FollowedProgramme.notFound }
        try MonitoringRules.checkReads(programme, caller)
        return try of(programme, in: db)
    }
}
