import EventContracts
import GRDB
import Hummingbird
import OpenAPIKit
import ServiceKit

/// The programmes' monitoring over HTTP (8.4.4, 1.8.3): where each stands, and its reviews.
enum MonitoringRoutes: APIRoutes {
    static let overview = APIOperation(
        .get, "/v1/monitoring",
        "Each programme's last effectiveness review and the day the next is due (at least once every three years, 8.4.4)",
        roles: .courseStaff, response: .array(items: .named("ProgrammeMonitoring")))
    static let record = APIOperation(
        .post, "/v1/programmes/:code/reviews",
        "Records a programme's effectiveness review: the leader's conclusions and the actions to take; the next is due three years on",
        roles: .followers, form: ReviewForm.self, status: 201, response: .named("ProgrammeReview"),
        pathSchemas: ["code": .programmeCode])
    static let reviews = APIOperation(
        .get, "/v1/programmes/:code/reviews",
        "A programme's reviews, the latest first, each with the evidence it weighed (a programme leader reads their own programmes')",
        roles: .courseStaff,
        response: .array(items: .named("ProgrammeReview")), pathSchemas: ["code": .programmeCode])

    static let operations = [overview, record, reviews]

    static func add(to router: Router<AppRequestContext>, _ environment: ServiceEnvironment) throws {
        let database = environment.database
        let settings = try FollowUpSettings.of(environment)

        router.on(overview) { _, context -> [ProgrammeMonitoring] in
            let today = context.today
            return try await database.read { db in try Monitoring.overview(today: today, noticeDays: settings.noticeDays, in: db) }
        }

        router.on(record) { request, context -> EditedResponse<ProgrammeReview> in
            let form = try await request.form(ReviewForm.self, context: context)
            let (code, caller, today) = (try context.parameter("code"), try context.caller, context.today)
            let review = try await database.write { db in try Monitoring.review(form, of: code, by: caller, today: today, in: db) }
            return EditedResponse(status: .created, response: review)
        }

        router.on(reviews) { _, context -> [ProgrammeReview] in
            let (code, caller) = (try context.parameter("code"), try context.caller)
            return try await database.read { db in
                guard let programme = try FollowedProgramme.fetchOne(db, key: code) else { throw FollowedProgramme.notFound }
                try MonitoringRules.checkReads(programme, caller)
                return try ProgrammeReview.filter(Column("programmeCode") == code)
                    .order(Column("reviewedOn").desc, Column("recordedAt").desc).fetchAll(db)
            }
        }
    }

    static let schemas: [String: JSONSchema] = [
        "ProgrammeMonitoring": .object([
            "programmeCode": .string, "titleKk": .string, "titleRu": .string, "leader": .string, "leaderId": .string,
            "approvedOn": .calendarDate, "lastReviewedOn": .calendarDate, "dueOn": .calendarDate,
            "state": .choice(MonitoringSchedule.State.self),
        ], required: ["programmeCode", "titleKk", "titleRu", "leader", "approvedOn", "dueOn", "state"]),
        "ProgrammeReview": .object([
            "id": .identifier, "programmeCode": .string, "reviewedOn": .calendarDate, "conclusions": .string,
            "actions": .array(items: .string), "recordedBy": .string, "recordedAt": .instant,
            "evidence": .named("ProgrammeEvidence"),
        ], required: ["id", "programmeCode", "reviewedOn", "conclusions", "actions", "recordedBy", "recordedAt"]),
    ]
}

extension ProgrammeMonitoring: ResponseEncodable {}
