import EventContracts
import ServiceKit

/// The decision of regulation 7.1–7.2, as a plain function of the plan and the grades: a
/// listener passes when every module is graded at or above its pass mark and the final (for a
/// long course, the external final) assessment is passed.
enum DecisionRules {
    enum Outcome: Equatable, Sendable {
        case passed(score: Int)
        /// The parts below their pass marks.
        case failed(parts: [PlanPart], score: Int)
        /// The parts with no grade yet (or, in a reassessment, not yet retaken): no decision.
        case incomplete(missing: [PlanPart])
    }

    enum Refusal: RuleRefusal {
        case expelled(on: CalendarDate)
        case interrupted(on: CalendarDate)
        /// An attempt is decided once; what follows is a reassessment (7.4.1).
        case decided(FinalResult)
        /// Parts without a grade: nothing is decided (7.1).
        case incomplete(missing: [String])
        /// A group's listeners are decided when its course is completed (7.1).
        case courseNotCompleted

        var clause: String? {
            switch self {
            case .expelled: "7.5"
            case .interrupted: "7.4.4"
            case .decided: "7.4.1"
            case .incomplete, .courseNotCompleted: "7.1"
            }
        }
    }

    /// Why the listener's current attempt may not be decided now, as the office asks.
    static func refusals(_ listener: AssessedListener, attempt: Attempt, outcome: Outcome, plan: AssessmentPlan) -> [Refusal] {
        if let day = listener.expelledOn { return [.expelled(on: day)] }
        if let day = listener.interruptedOn { return [.interrupted(on: day)] }
        if let result = attempt.result { return [.decided(result)] }
        if case .incomplete(let missing) = outcome { return [.incomplete(missing: missing.map(plan.name(of:)))] }
        return []
    }

    /// The grade that counts for each part in `attempt`: the latest one given up to it. A part
    /// passed in an earlier attempt carries over (7.4.1–7.4.4); one failed there is retaken, and
    /// counts as missing until it is.
    /// An external final assessment counts only with its body and assessor named (2.10).
    static func counted(_ grades: [Grade], in plan: AssessmentPlan, attempt: Int) -> [PlanPart: Grade] {
        let counted = latest(grades.filter { $0.attempt <= attempt && isComplete($0, in: plan) }, in: plan)
        return counted.filter { part, grade in grade.attempt == attempt || passes(grade, in: plan) }
    }

    static func decide(_ plan: AssessmentPlan, grades: [Grade], attempt: Int) -> Outcome {
        decide(plan, counted: counted(grades, in: plan, attempt: attempt))
    }

    /// The decision on the grades that count (`counted`).
    static func decide(_ plan: AssessmentPlan, counted: [PlanPart: Grade]) -> Outcome {
        let missing = plan.parts.filter { counted[$0] == nil }
        if !missing.isEmpty { return .incomplete(missing: missing) }
        let failing = plan.parts.filter { !passes(counted[$0]!, in: plan) }
        let score = score(counted, in: plan)
        return failing.isEmpty ? .passed(score: score) : .failed(parts: failing, score: score)
    }

    /// Of each part of the plan, the grade of the latest attempt that graded it.
    static func latest(_ grades: [Grade], in plan: AssessmentPlan) -> [PlanPart: Grade] {
        var latest: [PlanPart: Grade] = [:]
        for grade in grades where plan.accepts(grade.part) {
            if let kept = latest[grade.part], kept.attempt > grade.attempt { continue }
            latest[grade.part] = grade
        }
        return latest
    }

    static func isComplete(_ grade: Grade, in plan: AssessmentPlan) -> Bool {
        grade.part != .final || !plan.finalAssessment.external || (grade.externalBody != nil && grade.assessor != nil)
    }

    /// Points pass at or above the part's pass mark as the plan sets it now; a pass/fail part
    /// passes when it was passed.
    static func passes(_ grade: Grade, in plan: AssessmentPlan) -> Bool {
        grade.points.map { $0 >= plan.passMark(of: grade.part) } ?? grade.passed
    }

    /// The modules' points weighted by the plan, 0–100, rounded half up; with no module in
    /// points, the final assessment's points, or nothing (0).
    static func score(_ counted: [PlanPart: Grade], in plan: AssessmentPlan) -> Int {
        let weighted = plan.modules.compactMap { module in
            counted[.module(module.number)]?.points.map { (points: $0, weight: module.weight) }
        }
        let total = weighted.reduce(0) { $0 + $1.weight }
        guard total > 0 else { return counted[.final]?.points ?? 0 }
        let sum = weighted.reduce(0) { $0 + $1.points * $1.weight }
        return (2 * sum + total) / (2 * total)
    }
}
