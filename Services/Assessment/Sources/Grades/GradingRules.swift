import EventContracts
import ServiceKit

/// A grade as someone enters it, one by one or in a group's file, before the plan is applied.
struct GradeEntry: Sendable, Equatable {
    var part: PlanPart
    /// 0–100, for a part on the letter scale.
    var points: Int?
    /// For a pass/fail part.
    var result: PassFail?
    /// Nil when not given: the day of the grade being corrected, or for a new one the centre's today.
    var assessedOn: CalendarDate?
    /// For an external final assessment (2.10).
    var externalBody: String?
    var assessor: String?
    /// Why a grade already entered is changed.
    var reason: String?
}

enum PassFail: String, Sendable, CaseIterable {
    case pass, fail
}

/// Who may grade whom, what, and on which day (6.6, 7.1–7.2, 7.5, 2.10).
enum GradingRules {
    /// The final assessment belongs to the course's last week, or after it (7.1).
    static let lastDays = 7

    /// What a grade is entered into: the listener, the attempt they are taking and its group,
    /// the plan, the grade already entered for the part, if any, and the centre's day.
    struct Situation: Sendable {
        var listener: AssessedListener
        var attempt: Attempt
        var plan: AssessmentPlan
        var group: AssessedGroup?
        var trainerIds: Set<String>
        var existing: Grade?
        var today: CalendarDate

        /// The day the entry is dated: as given; if not, the day of the grade it corrects, so
        /// that the same grade sent again undated changes nothing; else today.
        func day(of entry: GradeEntry) -> CalendarDate { entry.assessedOn ?? existing?.assessedOn ?? today }
    }

    enum Refusal: RuleRefusal {
        /// A trainer grades the groups they are assigned to (6.6).
        case notTheirGroup
        /// 7.5: an expelled listener is not graded.
        case expelled(on: CalendarDate)
        /// 7.4.4: an interrupted course is graded once resumed.
        case interrupted(on: CalendarDate)
        /// The attempt is decided; another grade needs a reassessment (7.4.1).
        case decided(FinalResult)
        /// 2.13: the programme's plan has not arrived from enrolment's approval yet.
        case noPlan
        /// 2.13: the plan has no such module.
        case noSuchPart(PlanPart)
        /// The part is graded on the letter scale: points are needed, and no pass/fail.
        case pointsNeeded
        case pointsNotUsed
        /// The part is pass/fail (сынақ / зачёт): a result is needed, and no points.
        case resultNeeded
        case resultNotUsed
        /// 2.10: an external final assessment names its body and its assessor.
        case externalBodyNeeded
        case assessorNeeded
        /// 7.1: a grade is dated when it was given, never ahead of today…
        case inTheFuture(today: CalendarDate)
        /// …nor before the course began, the listener was admitted, or the reassessment opened…
        case beforeTheCourse(CalendarDate)
        case beforeTheAdmission(CalendarDate)
        case beforeTheReassessment(CalendarDate)
        /// …and a final assessment not before the course's last days.
        case beforeTheLastDays(CalendarDate)
        /// A grade entered already is changed only with the reason, which its history keeps.
        case reasonNeeded

        var clause: String? {
            switch self {
            case .notTheirGroup: "6.6"
            case .expelled: "7.5"
            case .interrupted: "7.4.4"
            case .decided: "7.4.1"
            case .noSuchPart, .noPlan: "2.13"
            case .pointsNeeded, .pointsNotUsed, .resultNeeded, .resultNotUsed: "7.2"
            case .externalBodyNeeded, .assessorNeeded: "2.10"
            case .inTheFuture, .beforeTheCourse, .beforeTheAdmission, .beforeTheLastDays: "7.1"
            case .beforeTheReassessment: "7.4.1"
            case .reasonNeeded: nil
            }
        }
    }

    /// Why `caller` may not enter `entry` in `situation`: the caller's right first, then the
    /// listener's state, then every field at fault.
    static func refusals(_ entry: GradeEntry, by caller: Identity, in situation: Situation) -> [Refusal] {
        if caller.role == .trainer && !situation.trainerIds.contains(caller.subject) { return [.notTheirGroup] }
        if let day = situation.listener.expelledOn { return [.expelled(on: day)] }
        if let day = situation.listener.interruptedOn { return [.interrupted(on: day)] }
        if let result = situation.attempt.result { return [.decided(result)] }
        let plan = situation.plan
        guard plan.accepts(entry.part) else { return [.noSuchPart(entry.part)] }

        var refusals: [Refusal] = []
        switch plan.scale(of: entry.part) {
        case .letter:
            if entry.points == nil { refusals.append(.pointsNeeded) }
            if entry.result != nil { refusals.append(.resultNotUsed) }
        case .passFail:
            if entry.result == nil { refusals.append(.resultNeeded) }
            if entry.points != nil { refusals.append(.pointsNotUsed) }
        }
        if entry.part == .final && plan.finalAssessment.external {
            if entry.externalBody == nil { refusals.append(.externalBodyNeeded) }
            if entry.assessor == nil { refusals.append(.assessorNeeded) }
        }
        refusals += dateRefusals(entry, in: situation)
        if let existing = situation.existing, existing.differs(from: entry, on: situation.day(of: entry)), entry.reason == nil {
            refusals.append(.reasonNeeded)
        }
        return refusals
    }

    /// The first day the entry may be dated: the attempt's opening, or the course's start if
    /// later; for the final assessment of a course, its last week.
    static func earliestDay(of part: PlanPart, in situation: Situation) -> CalendarDate {
        let opened = situation.attempt.openedOn
        var earliest = max(opened, situation.group?.startsOn ?? opened)
        if part == .final, situation.attempt.kind != .withinAYear, let ends = situation.group?.endsOn {
            earliest = max(earliest, ends.adding(days: 1 - lastDays))
        }
        return earliest
    }

    private static func dateRefusals(_ entry: GradeEntry, in situation: Situation) -> [Refusal] {
        let day = situation.day(of: entry)
        if day > situation.today { return [.inTheFuture(today: situation.today)] }
        let earliest = earliestDay(of: entry.part, in: situation)
        guard day < earliest else { return [] }
        let attempt = situation.attempt
        if earliest > earliestDay(of: .module(1), in: situation) { return [.beforeTheLastDays(earliest)] }
        if earliest == situation.group?.startsOn { return [.beforeTheCourse(earliest)] }
        return [attempt.kind == .first ? .beforeTheAdmission(earliest) : .beforeTheReassessment(earliest)]
    }

    /// Whether the entry passes its part: points at or above the pass mark, or a pass.
    static func passes(_ entry: GradeEntry, in plan: AssessmentPlan) -> Bool {
        if let points = entry.points { return points >= plan.passMark(of: entry.part) }
        return entry.result == .pass
    }
}

extension Grade {
    /// Whether the entry, dated `day`, would change what the grade says.
    func differs(from entry: GradeEntry, on day: CalendarDate) -> Bool {
        points != entry.points || (entry.result.map { passed != ($0 == .pass) } ?? false) || assessedOn != day
            || externalBody != entry.externalBody || assessor != entry.assessor
    }
}
