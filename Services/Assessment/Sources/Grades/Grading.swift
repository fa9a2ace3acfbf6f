import EventContracts
import Foundation
import GRDB
import ServiceKit

/// Entering grades: the first entry of a part, or a correction of it, which keeps the old value
/// with who changed it, when and why.
enum Grading {
    /// What an entry did.
    enum Outcome: String, Sendable {
        case entered, corrected, unchanged
    }

    /// Enters one grade for the listener's current attempt.
    @discardableResult
    static func enter(_ entry: GradeEntry, for listenerId: String, by caller: Identity, today: CalendarDate,
                      in db: Database) throws -> (grade: Grade, outcome: Outcome) {
        let situation = try situation(of: listenerId, part: entry.part, today: today, in: db)
        try PlanRules.checkLeads(situation.plan, caller)
        try Refusals.check(GradingRules.refusals(entry, by: caller, in: situation))
        let now = Date()
        let day = situation.day(of: entry)
        // A grade keeps who first entered it, and when; each change after is a correction.
        let grade = Grade(listenerId: listenerId, attempt: situation.attempt.number, part: entry.part, points: entry.points,
                          passed: GradingRules.passes(entry, in: situation.plan), assessedOn: day,
                          externalBody: entry.externalBody, assessor: entry.assessor,
                          enteredBy: situation.existing?.enteredBy ?? caller.subject, enteredAt: situation.existing?.enteredAt ?? now)
        guard let existing = situation.existing else {
            try grade.insert(db)
            return (grade, .entered)
        }
        guard existing.differs(from: entry, on: day) else { return (existing, .unchanged) }
        var correction = GradeCorrection(listenerId: listenerId, attempt: grade.attempt, part: grade.part, before: existing.written,
                                         after: grade.written, reason: entry.reason ?? "", correctedBy: caller.subject, correctedAt: now)
        try correction.insert(db)
        try grade.update(db)
        return (grade, .corrected)
    }

    /// Whether the caller may grade the group's listeners: a trainer assigned to it, its
    /// programme's leader, or the office.
    static func checkMayGrade(group: AssessedGroup, caller: Identity, in db: Database) throws {
        if let plan = try AssessmentPlan.fetchOne(db, key: group.programmeCode) { try PlanRules.checkLeads(plan, caller) }
        guard caller.role == .trainer else { return }
        if try !group.trainerIds(in: db).contains(caller.subject) { throw GradingRules.Refusal.notTheirGroup }
    }

    /// A trainer reads the grades and results of their own groups' listeners only; the office,
    /// the rector and leaders read any.
    static func checkMaySee(groupIds: [String], caller: Identity, in db: Database) throws {
        guard caller.role == .trainer else { return }
        if try GroupTrainer.groupIds(of: caller.subject, in: db).isDisjoint(with: groupIds) { throw GradingRules.Refusal.notTheirGroup }
    }

    static func situation(of listenerId: String, part: PlanPart, today: CalendarDate,
                          in db: Database) throws -> GradingRules.Situation {
        let listener = try AssessedListener.existing(listenerId, in: db)
        let attempt = try Attempt.current(of: listenerId, in: db)
        guard let plan = try AssessmentPlan.fetchOne(db, key: listener.programmeCode) else { throw GradingRules.Refusal.noPlan }
        let group = try AssessedGroup.fetchOne(db, key: attempt.groupId)
        return GradingRules.Situation(listener: listener, attempt: attempt, plan: plan, group: group,
                                      trainerIds: try group?.trainerIds(in: db) ?? [],
                                      existing: try Grade.find(listenerId, attempt: attempt.number, part: part, in: db), today: today)
    }
}
