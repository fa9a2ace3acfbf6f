import EventContracts
import GRDB
import ServiceKit

/// Opening a reassessment (7.4.1–7.4.2): a new attempt, taken with the listener's own group
/// within a year, or with a group of the next stream. The parts passed before carry over;
/// those failed are graded again.
enum Reassessments {
    static func open(_ kind: ReassessmentRules.Kind, groupId: String?, for listenerId: String, by opener: Identity,
                     today: CalendarDate, in db: Database) throws -> Attempt {
        let listener = try AssessedListener.existing(listenerId, in: db)
        if let plan = try AssessmentPlan.fetchOne(db, key: listener.programmeCode) { try PlanRules.checkLeads(plan, opener) }
        let history = try history(of: listener, today: today, in: db)
        let group = try groupId.flatMap { try AssessedGroup.fetchOne(db, key: $0) }
        try Refusals.check(ReassessmentRules.refusals(kind, with: group, groupNamed: groupId != nil, in: history))
        let attempt = Attempt(listenerId: listenerId, number: (history.attempts.last?.number ?? 0) + 1, kind: attempt(kind),
                              groupId: group?.id ?? history.attempts.last?.groupId ?? listener.groupId, openedOn: today,
                              openedBy: opener.subject)
        try attempt.insert(db)
        return attempt
    }

    static func history(of listener: AssessedListener, today: CalendarDate, in db: Database) throws -> ReassessmentRules.History {
        let attempts = try Attempt.all(of: listener.id, in: db)
        return ReassessmentRules.History(
            listener: listener, attempts: attempts,
            lastGroup: try attempts.last.flatMap { try AssessedGroup.fetchOne(db, key: $0.groupId) },
            programmeGroups: try AssessedGroup.withStreams(programmeCode: listener.programmeCode, in: db), today: today)
    }

    private static func attempt(_ kind: ReassessmentRules.Kind) -> Attempt.Kind {
        switch kind {
        case .withinAYear: .withinAYear
        case .nextStream: .nextStream
        }
    }
}
