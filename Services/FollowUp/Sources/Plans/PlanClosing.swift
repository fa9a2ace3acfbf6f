import EventContracts
import GRDB
import Messaging
import ServiceKit

/// Closes a plan and announces it, with what was done in it (for the teacher's PD record).
enum PlanClosing {
    /// The leader's closing at the year's end, with their summary (8.2).
    static func sumUp(_ planId: String, summary: String, by caller: Identity, today: CalendarDate, outbox: Outbox,
                      in db: Database) throws -> FollowUpPlan {
        let plan = try Activities.ledPlan(planId, by: caller, in: db)
        try PlanRules.checkClosing(plan, today: today)
        let following = try String.fetchOne(db, sql: "SELECT certificateId FROM planCertificate WHERE planId = ? AND status = 'valid'",
                                             arguments: [plan.id]) ?? plan.certificateId
        return try close(plan, following: following, reason: .yearEnded, on: today, summary: summary, cause: .request(),
                         outbox: outbox, in: db)
    }

    @discardableResult
    static func close(_ plan: FollowUpPlan, following certificateId: String, reason: FollowUpPlanClosed.Reason, on day: CalendarDate,
                      summary: String? = nil, cause: Cause, outbox: Outbox, in db: Database) throws -> FollowUpPlan {
        var plan = plan
        plan.status = .closed
        plan.closedOn = day
        plan.closeReason = reason
        plan.summary = summary
        try plan.update(db)
        let done = try Activities.counts(in: plan.id, in: db)
        try outbox.append(
            FollowUpPlanClosed(planId: plan.id, listenerId: plan.listenerId, certificateId: certificateId,
                               programmeCode: plan.programmeCode, reason: reason, closedOn: day,
                               consultations: done.consultations, publications: done.publications, published: done.published,
                               participations: done.participations),
            cause: cause, in: db)
        return plan
    }
}
