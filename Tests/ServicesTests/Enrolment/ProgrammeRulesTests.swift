@testable import EnrolmentService
import Foundation
import ServiceKit
import Testing

@Suite("Programme rules (regulation 4.9)")
struct ProgrammeRulesTests {
    @Test("a short course is 36 to 108 academic hours", arguments: [(35, false), (36, true), (72, true), (108, true), (109, false)])
    func shortCourse(hours: Int, admitted: Bool) {
        #expect(Programme.Kind.short.admits(hours: hours) == admitted)
    }

    @Test("a long course is over 108 hours", arguments: [(108, false), (109, true), (540, true)])
    func longCourse(hours: Int, admitted: Bool) {
        #expect(Programme.Kind.long.admits(hours: hours) == admitted)
    }

    @Test("an internship is at least 36 hours, with no upper bound", arguments: [(35, false), (36, true), (240, true)])
    func internship(hours: Int, admitted: Bool) {
        #expect(Programme.Kind.internship.admits(hours: hours) == admitted)
    }

    static func module(_ hours: Int) -> Programme.Module {
        Programme.Module(name: "M", hours: hours, content: "C", assessmentForms: ["test"])
    }

    @Test("the modules' hours must add up to the programme's")
    func modulesAddUp() {
        #expect(ProgrammeRules.problems(hours: 72, kind: .short, modules: [Self.module(36), Self.module(36)]).isEmpty)
        #expect(ProgrammeRules.problems(hours: 72, kind: .short, modules: [Self.module(36), Self.module(30)])
                == [.moduleHoursDoNotAddUp(sum: 66, hours: 72)])
    }

    @Test("both problems are reported together")
    func bothProblems() {
        #expect(ProgrammeRules.problems(hours: 120, kind: .short, modules: [Self.module(100)])
                == [.moduleHoursDoNotAddUp(sum: 100, hours: 120), .kindDoesNotFitHours(.short, hours: 120)])
    }

    @Test("the messages name the hours with Russian plurals")
    func messagesUseRussianPlurals() {
        let sum = ProgrammeText.message(for: .moduleHoursDoNotAddUp(sum: 71, hours: 72))
        #expect(sum.ru == "Модули в сумме дают 71 час, а в программе 72 часа")
        let kind = ProgrammeText.message(for: .kindDoesNotFitHours(.short, hours: 120))
        #expect(kind.ru == "Краткосрочный курс — от 36 до 108 академических часов, а здесь 120 часов")
        #expect(kind.kk.contains("120"))
    }

    static func programme(_ status: Programme.Status, by author: String) -> Programme {
        var programme = Programme(Programme.Content(code: "PD-1", titleKk: "Т", titleRu: "Т", leader: "Л", outcomes: ["O"],
                                                    modules: [module(72)], hours: 72, kind: .short, form: .inPerson,
                                                    arrangement: .withoutLeavingWork),
                                  authorId: author, now: Date())
        programme.status = status
        return programme
    }

    @Test("a draft is rewritten by its author or the centre, not by another leader; approved, it is no draft (4.7, 4.8)")
    func rewriting() {
        let leader = Identity(subject: "aigerim", role: .programmeLeader)
        #expect(ProgrammeRules.rewriting(Self.programme(.draft, by: "aigerim"), by: leader).isEmpty)
        #expect(ProgrammeRules.rewriting(Self.programme(.draft, by: "boris"), by: leader) == [.anotherLeadersWork])
        #expect(ProgrammeRules.rewriting(Self.programme(.draft, by: "boris"), by: Identity(subject: "op", role: .operator)).isEmpty)
        #expect(ProgrammeRules.rewriting(Self.programme(.approved, by: "aigerim"), by: leader) == [.notADraft])
        #expect(ProgrammeRules.Refusal.anotherLeadersWork.clause == "4.7")
    }

    @Test("only a draft is approved, and only an approved programme retired")
    func life() {
        #expect(ProgrammeRules.approving(Self.programme(.draft, by: "a")).isEmpty)
        #expect(ProgrammeRules.approving(Self.programme(.retired, by: "a")) == [.notADraft])
        #expect(ProgrammeRules.retiring(Self.programme(.approved, by: "a")).isEmpty)
        #expect(ProgrammeRules.retiring(Self.programme(.draft, by: "a")) == [.notApproved])
    }
}
