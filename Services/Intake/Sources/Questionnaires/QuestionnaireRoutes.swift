import Foundation
import Hummingbird
import ServiceKit

/// Questionnaires in bulk: the import from NOBD (regulation 6.9), for the centre's staff.
enum QuestionnaireRoutes {
    static let importers: [Role] = [.operator, .admin]

    static func add(to router: Router<AppRequestContext>, _ environment: ServiceEnvironment) {
        let questionnaires = router.group("v1/questionnaires").add(middleware: RoleGuard(importers))

        // The body is the CSV export; `?dryRun=true` reports without storing.
        questionnaires.post("import") { request, context -> NOBDImport.Report in
            let dryRun = request.uri.queryParameters.get("dryRun").map { $0 == "true" || $0 == "1" } ?? false
            let text = try await CSVTable.text(of: request, limit: NOBDImport.byteLimit)
            let job = NOBDImport(table: try CSVTable(csv: text, columns: NOBDImport.columns, rowLimit: NOBDImport.rowLimit),
                                 today: Date())
            let language = context.language(of: request)
            let identity = context.identity!
            if dryRun {
                return try await environment.database.read { db in try job.run(dryRun: true, by: identity, language: language, in: db) }
            }
            return try await environment.database.write { db in try job.run(dryRun: false, by: identity, language: language, in: db) }
        }
    }
}
