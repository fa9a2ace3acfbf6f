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
        roles: .courseStaff, query: ReportQuery.self, response: .named("GroupReport"), download: ["text/csv"],
        refusals: [.conflict])

    static let operations = [group]

    static func add(to router: Router<AppRequestContext>, _ environment: ServiceEnvironment) {
        router.on(group) { request, context -> Response in
            let groupId = try context.parameter("id")
            let query = try request.query(ReportQuery.self, context: context)
            let report = try await environment.database.read { db in try GroupReport.of(groupId, in: db) }
            let wantsCSV = query.format == .csv
                || (query.format == nil && request.headers[.accept]?.lowercased().contains("text/csv") == true)
            guard wantsCSV else { return try report.response(from: request, context: context) }
            return Response(status: .ok, headers: [
                .contentType: "text/csv; charset=utf-8",
                .contentDisposition: "attachment; filename=\"report-\(report.groupCode).csv\"",
            ], body: .init(byteBuffer: ByteBuffer(string: report.csv)))
        }
    }

    static let schemas: [String: JSONSchema] = [
        "GroupReport": .object([
            "groupId": .identifier, "groupCode": .string, "programmeCode": .string, "listeners": .integer(minimum: (0, exclusive: false)),
            "parts": .array(items: .object([
                "part": GradeRoutes.part, "name": .string, "scale": .choice(GradeScale.self),
                "graded": .integer(minimum: (0, exclusive: false)), "passed": .integer(minimum: (0, exclusive: false)),
                "passRate": .number(minimum: (0, exclusive: false)), "averagePoints": .number(minimum: (0, exclusive: false)),
                "distribution": .object(additionalProperties: .init(.integer(minimum: (0, exclusive: false)))),
            ], required: ["part", "name", "scale", "graded", "passed"])),
        ], required: ["groupId", "groupCode", "programmeCode", "listeners", "parts"]),
    ]
}

/// How a report is answered.
struct ReportQuery: Form {
    var format: String?

    enum Format: String, Sendable, CaseIterable { case json, csv }

    struct Valid: Sendable { var format: Format? }

    func read(_ check: inout FieldValidator) -> Valid? {
        let format = check.optionalChoice(format, "format", Format.self, description: "json by default; csv for Excel")
        return check.isValid ? Valid(format: format) : nil
    }
}
