import EventContracts
import Foundation
import ServiceKit

/// The assessment plan's rules: the plan a newly approved programme starts with, and what its
/// leader may change.
enum PlanRules {
    /// D, the lowest letter that passes, at 50 points.
    static let defaultPassMark = 50

    /// The plan of an approved programme. Each module is graded on the letter scale, passes at
    /// 50 points and weighs its hours; the final assessment is external for a long course (2.10)
    /// and the course's own otherwise (2.3). A programme approved again keeps what its leader
    /// set for the modules it still has, by name; a plan its leader never changed starts afresh.
    static func plan(for programme: ProgrammeApproved, keeping earlier: AssessmentPlan?, now: Date) -> AssessmentPlan {
        let earlier = earlier?.updatedBy == nil ? nil : earlier
        let modules = programme.modules.enumerated().map { index, module in
            let kept = earlier?.modules.first { $0.name == module.name }
            return AssessmentPlan.Module(number: index + 1, name: module.name, hours: module.hours,
                                         forms: forms(in: module.assessmentForms), scale: kept?.scale ?? .letter,
                                         weight: kept?.weight ?? module.hours, passMark: kept?.passMark ?? defaultPassMark)
        }
        let final = AssessmentPlan.Final(external: programme.kind == .long, form: earlier?.finalAssessment.form ?? .exam,
                                         scale: earlier?.finalAssessment.scale ?? .letter,
                                         passMark: earlier?.finalAssessment.passMark ?? defaultPassMark)
        return AssessmentPlan(programmeCode: programme.code, programmeId: programme.programmeId, titleKk: programme.titleKk,
                              titleRu: programme.titleRu, leader: programme.leader, leaderId: programme.leaderId,
                              hours: programme.hours, kind: programme.kind,
                              modules: modules, finalAssessment: final, approvedOn: programme.approvedOn, updatedAt: now,
                              updatedBy: earlier?.updatedBy)
    }

    /// The forms a programme's words name, in Kazakh, Russian or English ("тест", "project
    /// defence", "емтихан"); a module whose words name none is assessed by a test.
    static func forms(in written: [String]) -> [AssessmentForm] {
        let words: [(AssessmentForm, [String])] = [
            (.test, ["test", "тест"]), (.practicalTask, ["practical", "практич", "практикалық"]),
            (.project, ["project", "проект", "жоба"]), (.portfolio, ["portfolio", "портфолио"]),
            (.presentation, ["presentation", "презентац", "таныстырылым"]), (.exam, ["exam", "экзамен", "емтихан"]),
        ]
        let text = written.joined(separator: " ").lowercased()
        let found = words.filter { _, stems in stems.contains { text.contains($0) } }.map(\.0)
        return found.isEmpty ? [.test] : found
    }

    /// 4.7: a programme leader answers for their own programmes: they set its plan, grade,
    /// decide and reassess its listeners; another leader's are not theirs. The office acts on
    /// any, and so does any leader on a plan whose leader enrolment did not name.
    static func mayLead(_ plan: AssessmentPlan, _ caller: Identity) -> Bool {
        caller.role != .programmeLeader || plan.leaderId.map { $0 == caller.subject } ?? true
    }

    static func checkLeads(_ plan: AssessmentPlan, _ caller: Identity) throws {
        if !mayLead(plan, caller) { throw Refusal.anotherLeadersProgramme }
    }

    enum Refusal: RuleRefusal {
        case anotherLeadersProgramme
        /// The plan has no module of that number.
        case noSuchModule(index: Int, number: Int)
        /// The same module twice in one change.
        case repeated(index: Int, number: Int)
        /// The weighted score needs a module on the letter scale that weighs something (6.6).
        case nothingWeighs

        var clause: String? {
            switch self {
            case .anotherLeadersProgramme: "4.7"
            case .noSuchModule, .repeated: "2.13"
            case .nothingWeighs: "6.6"
            }
        }
    }

    /// The plan with the leader's changes, or why they cannot be made.
    static func rewriting(_ plan: AssessmentPlan, with change: PlanForm.Valid) -> Result<AssessmentPlan, Refusals<Refusal>> {
        var rewritten = plan
        var refusals: [Refusal] = []
        var seen: Set<Int> = []
        for (index, module) in change.modules.enumerated() {
            guard plan.modules.indices.contains(module.number - 1) else {
                refusals.append(.noSuchModule(index: index, number: module.number)); continue
            }
            guard seen.insert(module.number).inserted else { refusals.append(.repeated(index: index, number: module.number)); continue }
            var planned = rewritten.modules[module.number - 1]
            planned.scale = module.scale ?? planned.scale
            planned.weight = module.weight ?? planned.weight
            planned.passMark = module.passMark ?? planned.passMark
            rewritten.modules[module.number - 1] = planned
        }
        if let final = change.finalAssessment {
            rewritten.finalAssessment.form = final.form ?? rewritten.finalAssessment.form
            rewritten.finalAssessment.scale = final.scale ?? rewritten.finalAssessment.scale
            rewritten.finalAssessment.passMark = final.passMark ?? rewritten.finalAssessment.passMark
        }
        if refusals.isEmpty, !rewritten.modules.contains(where: { $0.scale == .letter && $0.weight > 0 }),
           rewritten.modules.contains(where: { $0.scale == .letter }) {
            refusals.append(.nothingWeighs)
        }
        return refusals.isEmpty ? .success(rewritten) : .failure(Refusals(refusals))
    }
}
