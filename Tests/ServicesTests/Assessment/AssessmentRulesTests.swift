@testable import AssessmentService
import EventContracts
import Foundation
import ServiceKit
import Testing

/// The assessment's rules as plain functions, without a database.
@Suite("Assessment rules")
struct AssessmentRulesTests {
    static let plan = PlanRules.plan(for: AssessmentFixtures.programme(), keeping: nil, now: Date(timeIntervalSince1970: 0))

    static func grade(_ part: PlanPart, _ points: Int?, passed: Bool? = nil, attempt: Int = 1,
                      on day: CalendarDate = "2026-10-16") -> Grade {
        Grade(listenerId: "l", attempt: attempt, part: part, points: points, passed: passed ?? ((points ?? 0) >= 50), assessedOn: day,
              enteredBy: "t", enteredAt: Date(timeIntervalSince1970: 0))
    }

    @Test("forms are read from the programme's words in Kazakh, Russian or English; none found is a test")
    func formsFromWords() {
        #expect(PlanRules.forms(in: ["Тестирование", "защита проекта"]) == [.test, .project])
        #expect(PlanRules.forms(in: ["емтихан", "портфолио"]) == [.portfolio, .exam])
        #expect(PlanRules.forms(in: ["Practical task", "presentation"]) == [.practicalTask, .presentation])
        #expect(PlanRules.forms(in: ["наблюдение"]) == [.test])
    }

    @Test("approved again, a plan keeps what its leader set for modules still there, by name")
    func reapprovalKeepsTheLeadersSettings() throws {
        var set = Self.plan
        set.modules[0].passMark = 70
        set.updatedBy = "leader"
        let again = PlanRules.plan(for: AssessmentFixtures.programme(hours: [36, 36, 36]), keeping: set, now: Date())
        #expect(again.modules.map(\.passMark) == [70, 50, 50])
        #expect(again.updatedBy == "leader")
    }

    @Test("weights that leave nothing on the letter scale weighing are refused")
    func nothingWeighs() {
        let change = PlanForm.Valid(modules: [.init(number: 1, weight: 0), .init(number: 2, weight: 0)])
        #expect(throws: Refusals<PlanRules.Refusal>.self) { try PlanRules.rewriting(Self.plan, with: change).get() }
        let repeated = PlanForm.Valid(modules: [.init(number: 1, weight: 5), .init(number: 1, weight: 6)])
        #expect(throws: Refusals<PlanRules.Refusal>.self) { try PlanRules.rewriting(Self.plan, with: repeated).get() }
    }

    @Test("every part passed is a pass, with the score weighted and rounded half up; a missing part is no decision")
    func decision() {
        let all = [Self.grade(.module(1), 87), Self.grade(.module(2), 64), Self.grade(.final, 91)]
        #expect(DecisionRules.decide(Self.plan, grades: all, attempt: 1) == .passed(score: 76))
        #expect(DecisionRules.decide(Self.plan, grades: Array(all.prefix(2)), attempt: 1) == .incomplete(missing: [.final]))
        let failing = [Self.grade(.module(1), 87), Self.grade(.module(2), 49), Self.grade(.final, 24)]
        #expect(DecisionRules.decide(Self.plan, grades: failing, attempt: 1) == .failed(parts: [.module(2), .final], score: 68))
    }

    @Test("in a reassessment, passed parts carry over and failed ones are missing until retaken")
    func carryOver() {
        let first = [Self.grade(.module(1), 87), Self.grade(.module(2), 40), Self.grade(.final, 91)]
        #expect(DecisionRules.decide(Self.plan, grades: first, attempt: 2) == .incomplete(missing: [.module(2)]))
        let retaken = first + [Self.grade(.module(2), 70, attempt: 2)]
        #expect(DecisionRules.decide(Self.plan, grades: retaken, attempt: 2) == .passed(score: 79))
        #expect(DecisionRules.decide(Self.plan, grades: retaken, attempt: 1) == .failed(parts: [.module(2)], score: 64),
                "the first attempt is judged on its own grades")
    }

    @Test("a long course's final assessment counts only with its external body and assessor (2.10)")
    func externalFinalNeedsItsBody() {
        var plan = Self.plan
        plan.finalAssessment.external = true
        var final = Self.grade(.final, 90)
        let grades = [Self.grade(.module(1), 80), Self.grade(.module(2), 80)]
        #expect(DecisionRules.decide(plan, grades: grades + [final], attempt: 1) == .incomplete(missing: [.final]))
        final.externalBody = "НЦПК «Өрлеу»"
        final.assessor = "Серікова А."
        #expect(DecisionRules.decide(plan, grades: grades + [final], attempt: 1) == .passed(score: 80))
    }

    @Test("a pass/fail part passes when passed; its points, if any, are not in the score")
    func passFail() {
        var plan = Self.plan
        plan.modules[1].scale = .passFail
        let grades = [Self.grade(.module(1), 80), Self.grade(.module(2), nil, passed: true), Self.grade(.final, 60)]
        #expect(DecisionRules.decide(plan, grades: grades, attempt: 1) == .passed(score: 80))
    }

    static func history(attempts: [Attempt], today: CalendarDate, groups: [AssessedGroup] = []) -> ReassessmentRules.History {
        let listener = AssessedListener(id: "l", fullName: "Ә", programmeCode: AssessmentFixtures.programmeCode,
                                        groupId: AssessmentFixtures.groupId, admittedAt: Date(timeIntervalSince1970: 0))
        let first = AssessedGroup(id: AssessmentFixtures.groupId, code: "G1", programmeCode: AssessmentFixtures.programmeCode,
                                  startsOn: "2026-09-01", endsOn: "2026-10-16")
        return ReassessmentRules.History(listener: listener, attempts: attempts, lastGroup: first, programmeGroups: [first] + groups,
                                         today: today)
    }

    static func attempt(_ number: Int, _ kind: Attempt.Kind, opened: CalendarDate, result: FinalResult?, decided: CalendarDate?) -> Attempt {
        Attempt(listenerId: "l", number: number, kind: kind, groupId: AssessmentFixtures.groupId, openedOn: opened, result: result,
                decidedOn: decided)
    }

    @Test("within a year of the failure, once a year: the year's last day is in, the day after is out")
    func withinAYear() {
        let failed = [Self.attempt(1, .first, opened: "2026-09-02", result: .failed, decided: "2026-10-16")]
        #expect(ReassessmentRules.refusals(.withinAYear, with: nil, groupNamed: false, in: Self.history(attempts: failed, today: "2027-10-16")).isEmpty)
        #expect(ReassessmentRules.refusals(.withinAYear, with: nil, groupNamed: false, in: Self.history(attempts: failed, today: "2027-10-17"))
                == [.yearOver(since: "2026-10-16")])
        let retook = failed + [Self.attempt(2, .withinAYear, opened: "2026-11-01", result: .failed, decided: "2026-11-05")]
        #expect(ReassessmentRules.refusals(.withinAYear, with: nil, groupNamed: false, in: Self.history(attempts: retook, today: "2027-10-01"))
                == [.oncePerYear(last: "2026-11-01")])
        #expect(ReassessmentRules.options(in: Self.history(attempts: retook, today: "2026-11-05")) == [.init(kind: .nextStream, until: nil)])
    }

    @Test("with the next stream: the programme's stream that starts next after the failed one's, not a later one")
    func nextStream() {
        let failed = [Self.attempt(1, .first, opened: "2026-09-02", result: .failed, decided: "2026-10-16")]
        let next = AssessedGroup(id: "g2", code: "G2", programmeCode: AssessmentFixtures.programmeCode, startsOn: "2026-11-02", endsOn: "2026-12-11")
        let later = AssessedGroup(id: "g3", code: "G3", programmeCode: AssessmentFixtures.programmeCode, startsOn: "2027-01-11", endsOn: "2027-02-19")
        let other = AssessedGroup(id: "g4", code: "X", programmeCode: "OTHER", startsOn: "2026-11-02", endsOn: "2026-12-11")
        let history = Self.history(attempts: failed, today: "2026-10-20", groups: [next, later])
        #expect(ReassessmentRules.refusals(.nextStream, with: next, groupNamed: true, in: history).isEmpty)
        #expect(ReassessmentRules.refusals(.nextStream, with: later, groupNamed: true, in: history) == [.notTheNextStream(next: "2026-11-02")])
        #expect(ReassessmentRules.refusals(.nextStream, with: other, groupNamed: true, in: history) == [.otherProgramme])
        #expect(ReassessmentRules.refusals(.nextStream, with: nil, groupNamed: true, in: history) == [.unknownGroup])
        #expect(ReassessmentRules.refusals(.nextStream, with: nil, groupNamed: false, in: history) == [.groupNeeded])
        let passed = [Self.attempt(1, .first, opened: "2026-09-02", result: .passed, decided: "2026-10-16")]
        #expect(ReassessmentRules.refusals(.nextStream, with: next, groupNamed: true, in: Self.history(attempts: passed, today: "2026-10-20"))
                == [.notFailed(.passed)])
    }
}
