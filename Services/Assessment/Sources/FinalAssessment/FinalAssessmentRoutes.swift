import EventContracts
import Hummingbird
import OpenAPIKit
import ServiceKit

/// The final assessment over HTTP.
enum FinalAssessmentRoutes: APIRoutes {
    static let record = APIOperation(.post, "/v1/listeners/:id/final-assessment", "Record the final assessment, dated between the listener's admission and today (409 if already recorded, or the listener is expelled)",
                                     roles: .assessors, form: FinalAssessmentForm.self, response: .named("AssessedListener"),
                                     refusals: [.conflict, .invalid])

    static let operations = [record]

    static func add(to router: Router<AppRequestContext>, _ environment: ServiceEnvironment) {
        router.on(record) { request, context -> AssessedListener in
            let id = try context.parameter("id")
            let result = try await request.form(FinalAssessmentForm.self, context: context)
            let assessor = try context.caller
            return try await environment.database.write { db in
                try FinalAssessments.record(result, for: id, by: assessor, today: environment.today, outbox: environment.outbox, in: db)
            }
        }
    }
}
