import EventContracts
import Hummingbird
import OpenAPIKit
import ServiceKit

/// Reports over HTTP, as JSON or, for Excel, as CSV.
enum ReportRoutes: APIRoutes {
    static let group = APIOperation(
        .get, "/v1/groups/:id/report",
        "Per part of the plan: graded, passed, pass rate, average points and the letters' distribution. format=csv (or Accept: "
            + "text/csv) answers a UTF-8 CSV with a byte-order mark and semicolons, which Excel opens in Cyrillic",
        roles: .courseStaff, query: ExportQuery.self, response: .named("GroupReport"), download: ["text/csv"],
        refusals: [.conflict])

    static let programme = APIOperation(
        .get, "/v1/plans/:code/report",
        "The programme's report across its groups: each group's listeners, passed and failed, and per part of the plan the "
            + "same figures as a group's report. format=csv (or Accept: text/csv) answers the parts as CSV for Excel",
        roles: .courseStaff, query: ExportQuery.self, response: .named("ProgrammeReport"), download: ["text/csv"],
        pathSchemas: ["code": .programmeCode])

    static let operations = [group, programme]

    static func add(to router: Router<AppRequestContext>, _ environment: ServiceEnvironment) {
        router.on(group) { request, context -> Response in
            let groupId = try context.parameter("id")
            let report = try await environment.database.read { db in try GroupReport.of(groupId, in: db) }
            return try answer(report, csv: report.csv, file: "report-\(report.groupCode).csv", request, context)
        }

        router.on(programme) { request, context -> Response in
            let code = try context.parameter("code")
            let report = try await environment.database.read { db in try ProgrammeReport.of(code, in: db) }
            return try answer(report, csv: report.csv, file: "report-\(report.programmeCode).csv", request, context)
        }
    }

    /// JSON, or the CSV when the query or the Accept header asks for it.
    private static func answer(_ report: some ResponseEncodable, csv: String, file: String, _ request: Request,
                               _ context: AppRequestContext) throws -> Response {
        let query = try request.query(ExportQuery.self, context: context)
        guard request.wantsCSV(query.format) else { return try report.response(from: request, context: context) }
        return .csv(csv, filename: file)
    }

    static let count = JSONSchema.integer(minimum: (0, exclusive: false))

    static let schemas: [String: JSONSchema] = [
        "GroupReport": .object([
            "groupId": .identifier, "groupCode": .string, "programmeCode": .string, "listeners": count,
            "parts": .array(items: .named("PartStatistics")),
        ], required: ["groupId", "groupCode", "programmeCode", "listeners", "parts"]),
        "ProgrammeReport": .object([
            "programmeCode": .string, "titleKk": .string, "titleRu": .string, "listeners": count,
            "groups": .array(items: .object([
                "groupId": .identifier, "groupCode": .string, "completedOn": .calendarDate, "listeners": count, "passed": count,
                "failed": count,
            ], required: ["groupId", "groupCode", "listeners", "passed", "failed"])),
            "parts": .array(items: .named("PartStatistics")),
        ], required: ["programmeCode", "titleKk", "titleRu", "groups", "listeners", "parts"]),
        "PartStatistics": .object([
            "part": GradeRoutes.part, "name": .string, "scale": .choice(GradeScale.self), "graded": count, "passed": count,
            "passRate": .number(minimum: (0, exclusive: false)), "averagePoints": .number(minimum: (0, exclusive: false)),
            "distribution": .object(additionalProperties: .init(count)),
        ], required: ["part", "name", "scale", "graded", "passed"]),
    ]
}
