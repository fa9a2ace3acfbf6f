import EventContracts
import Foundation
import GRDB
import ServiceKit

/// Assessment plans: made when enrolment approves a programme, changed by its leader.
enum Plans {
    /// The plan of a programme enrolment approved (4.8); approved again, it is refreshed, and
    /// keeps what the leader set.
    static func approved(_ programme: ProgrammeApproved, in db: Database) throws {
        let earlier = try AssessmentPlan.fetchOne(db, key: programme.code)
        try PlanRules.plan(for: programme, keeping: earlier, now: Date()).save(db)
    }

    /// Sets the weights, scales and pass marks the leader chose. Results already decided stay
    /// as they were decided.
    static func rewrite(_ programmeCode: String, with change: PlanForm.Valid, by leader: Identity,
                        in db: Database) throws -> AssessmentPlan {
        let plan = try AssessmentPlan.existing(programmeCode, in: db)
        try PlanRules.checkLeads(plan, leader)
        var rewritten = try PlanRules.rewriting(plan, with: change).get()
        rewritten.updatedAt = Date()
        rewritten.updatedBy = leader.subject
        try rewritten.update(db)
        return rewritten
    }
}
