import EventContracts
import Foundation
import GRDB
import Messaging
import ServiceKit

/// Deciding listeners' results (7.1–7.2): when their group's course is completed, or when the
/// office or the leader ends an individual plan. A pass is announced with everything the
/// certificate prints; a failure with the reassessments open (7.4.1–7.4.2). A listener with a
/// part not graded is left undecided, and the group's results say what is missing.
enum Decisions {
    /// Who decided the results that a group's completion decided.
    static let byCompletion = "enrolment.group.completed"

    /// Marks the group's course over and decides each finisher, and each listener reassessed
    /// with the group, whose grades are all in. A redelivered completion decides nothing again:
    /// a decided attempt is never decided twice.
    static func groupCompleted(_ completed: GroupCompleted, cause: Cause, outbox: Outbox, in db: Database) throws {
        var group = try AssessedGroup.fetchOne(db, key: completed.groupId)
            ?? AssessedGroup(id: completed.groupId, code: completed.groupCode, programmeCode: completed.programmeCode)
        group.completedOn = completed.completedOn
        try group.save(db)
        for finisher in completed.listeners {
            guard try AssessedListener.exists(db, key: finisher.listenerId) else { throw NotYetKnown("listener \(finisher.listenerId)") }
        }
        // Without the plan nothing can be decided; the completion waits for the approval to
        // arrive (or, parked, for an operator to replay it once the plan is there).
        guard try AssessmentPlan.exists(db, key: completed.programmeCode) else {
            throw NotYetKnown("the assessment plan of \(completed.programmeCode)")
        }
        let listenerIds = Set(completed.listeners.map(\.listenerId) + (try Attempt.reassessed(with: group.id).fetchAll(db)))
        for listenerId in listenerIds.sorted() {
            _ = try decide(listenerId, with: group.id, by: byCompletion, cause: cause, today: completed.completedOn,
                           outbox: outbox, in: db)
        }
    }

    /// Decides the listener's current attempt if every part is graded, and if it is taken with
    /// `groupId` when one is named (a group's end decides its own attempts, not one opened
    /// later with another group); the outcome either way. An expelled or interrupted listener,
    /// or one already decided, is left as they are.
    static func decide(_ listenerId: String, with groupId: String? = nil, by decider: String, cause: Cause, today: CalendarDate,
                       outbox: Outbox, in db: Database) throws -> DecisionRules.Outcome? {
        let listener = try AssessedListener.existing(listenerId, in: db)
        let attempt = try Attempt.current(of: listenerId, in: db)
        guard listener.expelledOn == nil, listener.interruptedOn == nil, !attempt.isDecided, groupId.map({ $0 == attempt.groupId }) ?? true,
              let plan = try AssessmentPlan.fetchOne(db, key: listener.programmeCode) else { return nil }
        return try settle(attempt, of: listener, plan: plan, grades: try Grade.all(of: listenerId, in: db), by: decider, cause: cause,
                          today: today, outbox: outbox, in: db)
    }

    /// Records the attempt's decision, if every part is graded, and announces it.
    private static func settle(_ attempt: Attempt, of listener: AssessedListener, plan: AssessmentPlan, grades: [Grade],
                               by decider: String, cause: Cause, today: CalendarDate, outbox: Outbox,
                               in db: Database) throws -> DecisionRules.Outcome {
        var attempt = attempt
        let counted = DecisionRules.counted(grades, in: plan, attempt: attempt.number)
        let outcome = DecisionRules.decide(plan, counted: counted)
        let score: Int
        switch outcome {
        case .incomplete: return outcome
        case .passed(let points), .failed(_, let points): score = points
        }
        // The result is the day of its last grade, the final assessment as a rule: the
        // certificate's date (7.3). A reassessment's result is the day of its retaken part.
        let assessedOn = counted.values.map(\.assessedOn).max() ?? today
        let passed = if case .passed = outcome { true } else { false }
        attempt.result = passed ? .passed : .failed
        attempt.score = score
        attempt.decidedOn = assessedOn
        attempt.decidedBy = decider
        try attempt.update(db)

        if passed {
            let event = Announcements.passed(listener, attempt: attempt, plan: plan, counted: counted)
            try outbox.append(event, cause: cause, in: db)
            try outbox.append(event.legacy, cause: cause, in: db)
        } else if case .failed(let parts, _) = outcome {
            let history = try Reassessments.history(of: listener, today: today, in: db)
            try outbox.append(Announcements.failed(listener, attempt: attempt, plan: plan, parts: parts,
                                                   reassessments: ReassessmentRules.options(in: history)),
                              cause: cause, in: db)
        }
        return outcome
    }

    /// Decides, as the office or the leader asks, the listeners of a completed group whose
    /// grades came in after its end.
    static func decideCompleted(_ groupId: String, by decider: Identity, today: CalendarDate, outbox: Outbox,
                                in db: Database) throws -> GroupResults {
        let group = try AssessedGroup.existing(groupId, in: db)
        if let plan = try AssessmentPlan.fetchOne(db, key: group.programmeCode) { try PlanRules.checkLeads(plan, decider) }
        guard group.completedOn != nil else { throw DecisionRules.Refusal.courseNotCompleted }
        for listenerId in try AssessedListener.assessed(with: groupId, in: db).map(\.id) {
            _ = try decide(listenerId, with: groupId, by: decider.subject, cause: .request(), today: today, outbox: outbox, in: db)
        }
        return try GroupResults.of(groupId, in: db)
    }

    /// Decides one listener now (an individual plan's end, a reassessment), or says why not.
    static func decideNow(_ listenerId: String, by decider: Identity, today: CalendarDate, outbox: Outbox,
                          in db: Database) throws -> GroupResults.Standing {
        let listener = try AssessedListener.existing(listenerId, in: db)
        guard let plan = try AssessmentPlan.fetchOne(db, key: listener.programmeCode) else { throw GradingRules.Refusal.noPlan }
        try PlanRules.checkLeads(plan, decider)
        let attempt = try Attempt.current(of: listenerId, in: db)
        let grades = try Grade.all(of: listenerId, in: db)
        let outcome = DecisionRules.decide(plan, grades: grades, attempt: attempt.number)
        try Refusals.check(DecisionRules.refusals(listener, attempt: attempt, outcome: outcome, plan: plan))
        _ = try settle(attempt, of: listener, plan: plan, grades: grades, by: decider.subject, cause: .request(), today: today,
                       outbox: outbox, in: db)
        return GroupResults.standing(of: listener, plan: plan, attempt: try Attempt.current(of: listenerId, in: db), grades: grades)
    }
}
