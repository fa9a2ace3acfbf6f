import EventContracts
import GRDB
import Hummingbird
import OpenAPIKit
import ServiceKit

/// Follow-up plans over HTTP.
enum PlanRoutes: APIRoutes {
    static let list = APIOperation(.get, "/v1/plans", "Follow-up plans, optionally one listener's; a programme leader sees those of their own programmes", roles: .followers,
                                   query: OneListenersFilter.self, response: .array(items: .named("FollowUpPlan")))

    static let view = APIOperation(
        .get, "/v1/plans/:id", "One plan with all that is in it: its certificates, consultations, publications, events and counts",
        roles: .followers, response: .named("PlanView"))
    static let closing = APIOperation(
        .post, "/v1/plans/:id/closing",
        "Closes a plan once its year is over, with the leader's summary (8.2), and announces followup.plan.closed",
        roles: .followers, form: ClosingForm.self, response: .named("FollowUpPlan"), refusals: [.conflict])

    static let operations = [list, view, closing]

    static func add(to router: Router<AppRequestContext>, _ environment: ServiceEnvironment) {
        router.on(list) { request, context -> [FollowUpPlan] in
            let filter = try request.query(OneListenersFilter.self, context: context)
            // A programme leader follows the teachers of their own programmes (4.7, 8.2).
            let caller = try context.caller
            let leader = caller.role == .programmeLeader ? caller.subject : nil
            return try await environment.database.read { db in
                try FollowUpPlan.list(listenerId: filter.listenerId, ledBy: leader, in: db)
            }
        }

        router.on(view) { _, context -> PlanView in
            let (id, caller) = (try context.parameter("id"), try context.caller)
            return try await environment.database.read { db in try PlanView.of(try Activities.ledPlan(id, by: caller, in: db), in: db) }
        }

        router.on(closing) { request, context -> FollowUpPlan in
            let form = try await request.form(ClosingForm.self, context: context)
            let (id, caller, today) = (try context.parameter("id"), try context.caller, context.today)
            return try await environment.database.write { db in
                try PlanClosing.sumUp(id, summary: form.summary, by: caller, today: today, outbox: environment.outbox, in: db)
            }
        }
    }

    static let schemas: [String: JSONSchema] = [
        "PlanView": .object([
            "plan": .named("FollowUpPlan"),
            "certificates": .array(items: .object([
                "certificateId": .identifier, "registrationNumber": .string, "issuedOn": .calendarDate,
                "status": .choice(PlanCertificate.Status.self),
            ], required: ["certificateId", "issuedOn", "status"])),
            "consultations": .array(items: .named("Consultation")), "publications": .array(items: .named("Publication")),
            "events": .array(items: .named("CommunityEvent")),
            "activity": .object(["consultations": .integer(0...1_000_000), "publications": .integer(0...1_000_000),
                                 "published": .integer(0...1_000_000), "participations": .integer(0...1_000_000)],
                                required: ["consultations", "publications", "published", "participations"]),
        ], required: ["plan", "certificates", "consultations", "publications", "events", "activity"]),
        "FollowUpPlan": .object([
            "id": .identifier, "listenerId": .identifier, "certificateId": .identifier, "programmeCode": .string,
            "startsOn": .calendarDate, "endsOn": .calendarDate, "status": .choice(FollowUpPlan.Status.self),
            "fullName": .string, "closedOn": .calendarDate, "closeReason": .choice(FollowUpPlanClosed.Reason.self),
            "summary": .string, "lastActivityOn": .calendarDate, "quietSince": .calendarDate,
        ], required: ["id", "listenerId", "certificateId", "programmeCode", "startsOn", "endsOn", "status"]),
    ]
}
