@testable import AssessmentService
import EventContracts
import Foundation
import Hummingbird
import ServiceKit
import Testing

@Suite("Grades entered one by one")
struct GradingTests {
    @Test("points on the letter scale come back with their letter, grade point and word; -1 and 101 are refused",
          arguments: [(0, "F"), (24, "F"), (25, "FX"), (49, "FX"), (50, "D"), (54, "D"), (55, "D+"), (94, "A-"), (95, "A"), (100, "A")])
    func pointsTakeTheirLetter(points: Int, letter: String) async throws {
        let (harness, listener) = try await AssessmentFixtures.withListener()
        let response = try await AssessmentFixtures.grade(harness, listener, "1", ["points": points, "assessedOn": "2026-09-20"],
                                                          token: try await harness.token(.operator))
        #expect(response.status == .ok)
        let grade = try #require(try response.json(ListenerGrades.self).grades.first)
        #expect(grade.grade.letter == letter)
        #expect(grade.grade.points == points)
        #expect(grade.grade.passed == (points >= 50))
        #expect(grade.grade.gradePointHundredths == LetterGrade(rawValue: letter)?.gradePointHundredths)
        #expect(grade.grade.wordRu == LetterGrade(rawValue: letter)?.mark.word.ru)
    }

    @Test("points off the scale are refused, naming the field", arguments: [-1, 101])
    func pointsOffTheScaleAreRefused(points: Int) async throws {
        let (harness, listener) = try await AssessmentFixtures.withListener()
        let response = try await AssessmentFixtures.grade(harness, listener, "1", ["points": points], token: try await harness.token(.operator))
        #expect(response.status == .unprocessableContent)
        #expect(try response.problem().errors?.map(\.field) == ["points"])
        #expect(try await harness.count("grade") == 0)
    }

    @Test("a pass/fail module takes pass or fail (зачтено / не зачтено), and refuses points")
    func passFailModules() async throws {
        let (harness, listener) = try await AssessmentFixtures.withListener()
        let leader = try await harness.token(.programmeLeader)
        let set = try await harness.send(.put, "/v1/plans/\(AssessmentFixtures.programmeCode)",
                                         ["modules": [["number": 2, "scale": "pass-fail"] as [String: any Sendable]]], token: leader)
        #expect(set.status == .ok)
        let points = try await AssessmentFixtures.grade(harness, listener, "2", ["points": 80], token: leader, language: "ru")
        #expect(try points.problem().errors?.map(\.field) == ["result", "points"])
        let passed = try await AssessmentFixtures.grade(harness, listener, "2", ["result": "pass", "assessedOn": "2026-09-20"], token: leader)
        let grade = try #require(try passed.json(ListenerGrades.self).grades.first)
        #expect(grade.grade == GradeRecord(letter: nil, points: nil, gradePointHundredths: nil, passed: true, wordKk: "сыналды",
                                          wordRu: "зачтено"))
    }

    @Test("a trainer grades only the groups they are assigned to (403 for another group's); the office and leaders grade any")
    func onlyTheirTrainersGradeAGroup() async throws {
        let (harness, listener) = try await AssessmentFixtures.withListener()
        try await AssessmentFixtures.plan(group: "5e4d3c2b-1a09-4f8e-8d7c-6b5a4f3e0010", code: "PD-2026-014-02", startsOn: "2026-11-02",
                                          endsOn: "2026-12-11", trainer: "another-trainer", in: harness)
        let form: [String: any Sendable] = ["points": 80, "assessedOn": "2026-09-20"]
        let stranger = try await AssessmentFixtures.grade(harness, listener, "1", form,
                                                          token: try await harness.token(.trainer, subject: "another-trainer"))
        #expect(stranger.status == .forbidden)
        #expect(try stranger.problem().type == "https://qadam.kz/problems/not-your-group")
        #expect(try await harness.count("grade") == 0)
        let assigned = try await harness.token(.trainer, subject: AssessmentFixtures.trainerId)
        #expect(try await AssessmentFixtures.grade(harness, listener, "1", form, token: assigned).status == .ok)
        // Reading too: a trainer sees their own groups' listeners only.
        let other = try await harness.token(.trainer, subject: "another-trainer")
        #expect(try await harness.send(.get, "/v1/listeners/\(listener)/grades", token: other).status == .forbidden)
        #expect(try await harness.send(.get, "/v1/groups/\(AssessmentFixtures.groupId)/results", token: other).status == .forbidden)
        #expect(try await harness.send(.get, "/v1/listeners/\(listener)/grades", token: assigned).status == .ok)
        #expect(try await harness.send(.get, "/v1/groups/\(AssessmentFixtures.groupId)/results", token: assigned).status == .ok)
        #expect(try await AssessmentFixtures.grade(harness, listener, "2", form, token: try await harness.token(.programmeLeader)).status == .ok)
    }

    @Test("a grade is dated within the course, never ahead of today; the final assessment in the course's last days or after (7.1)",
          arguments: [("1", "2026-08-31", false), ("1", "2026-09-02", true), ("1", "2026-10-21", false),
                      ("final", "2026-09-20", false), ("final", "2026-10-09", false), ("final", "2026-10-10", true),
                      ("final", "2026-10-20", true), ("final", "2026-10-21", false)])
    func gradesAreDatedWithinTheCourse(part: String, day: String, accepted: Bool) async throws {
        let (harness, listener) = try await AssessmentFixtures.withListener()
        let response = try await AssessmentFixtures.grade(harness, listener, part, ["points": 80, "assessedOn": day],
                                                          token: try await harness.token(.operator), language: "en")
        #expect(response.status == (accepted ? .ok : .unprocessableContent))
        if !accepted {
            let errors = try response.problem().errors
            #expect(errors?.map(\.field) == ["assessedOn"])
            #expect(errors?.first?.clause == "7.1")
        }
    }

    @Test("undated, a grade takes the centre's day")
    func undatedGradeTakesTheCentresDay() async throws {
        let (harness, listener) = try await AssessmentFixtures.withListener()
        let response = try await AssessmentFixtures.grade(harness, listener, "final", ["points": 70], token: try await harness.token(.operator))
        #expect(try response.json(ListenerGrades.self).grades.first?.assessedOn == CalendarDate(AssessmentFixtures.today))
    }

    @Test("a correction needs its reason, and keeps who, when, the old and the new value and why")
    func correctionsKeepTheirHistory() async throws {
        let (harness, listener) = try await AssessmentFixtures.withListener()
        let trainer = try await harness.token(.trainer, subject: AssessmentFixtures.trainerId)
        #expect(try await AssessmentFixtures.grade(harness, listener, "1", ["points": 48, "assessedOn": "2026-09-20"], token: trainer).status
                == .ok)
        let silent = try await AssessmentFixtures.grade(harness, listener, "1", ["points": 58, "assessedOn": "2026-09-20"], token: trainer)
        #expect(try silent.problem().errors?.map(\.field) == ["reason"])
        let same = try await AssessmentFixtures.grade(harness, listener, "1", ["points": 48, "assessedOn": "2026-09-20"], token: trainer)
        #expect(same.status == .ok, "the same grade again changes nothing, and needs no reason")

        let undated = try await AssessmentFixtures.grade(harness, listener, "1", ["points": 48], token: trainer)
        #expect(undated.status == .ok, "undated, the grade sent again keeps its day: nothing changes")

        let leader = try await harness.token(.programmeLeader, subject: "leader-1")
        let corrected = try await AssessmentFixtures.grade(harness, listener, "1", ["points": 58, "assessedOn": "2026-09-20",
                                                                                   "reason": "Пересчёт баллов за тест"], token: leader)
        #expect(corrected.status == .ok)
        let redated = try await AssessmentFixtures.grade(harness, listener, "1", ["points": 58, "assessedOn": "2026-09-21",
                                                                                 "reason": "Тест писали 21-го"], token: leader)
        let grade = try #require(try redated.json(ListenerGrades.self).grades.first)
        #expect(grade.grade.points == 58)
        #expect(grade.assessedOn == "2026-09-21")
        #expect(grade.enteredBy == AssessmentFixtures.trainerId, "the grade keeps who first entered it")
        #expect(grade.corrections.map(\.before) == ["48, 2026-09-20", "58, 2026-09-20"])
        #expect(grade.corrections.map(\.after) == ["58, 2026-09-20", "58, 2026-09-21"])
        #expect(grade.corrections.map(\.reason) == ["Пересчёт баллов за тест", "Тест писали 21-го"])
        #expect(grade.corrections.map(\.correctedBy) == ["leader-1", "leader-1"])
        #expect(grade.corrections.allSatisfy { $0.correctedAt >= grade.enteredAt })
        #expect(try await harness.count("gradeCorrection") == 2)
    }

    @Test("an expelled listener is given no grade (7.5)")
    func expelledListenerIsNotGraded() async throws {
        let (harness, listener) = try await AssessmentFixtures.withListener()
        #expect(try await harness.deliverSample(ListenerExpelled.self))
        let response = try await AssessmentFixtures.grade(harness, listener, "1", ["points": 90, "assessedOn": "2026-09-20"],
                                                          token: try await harness.token(.operator), language: "ru")
        #expect(response.status == .conflict)
        let problem = try response.problem()
        #expect(problem.type == "https://qadam.kz/problems/listener-expelled")
        #expect(problem.clause == "7.5")
        #expect(problem.detail == "Отчислен с 15.10.2026 (п. 7.5)")
        #expect(try await harness.count("grade") == 0)
    }

    @Test("a long course's final assessment is external: it names the body and the assessor (2.10)")
    func externalFinalNamesItsBody() async throws {
        let (harness, listener) = try await AssessmentFixtures.withListener(kind: .long)
        let token = try await harness.token(.operator)
        let bare = try await AssessmentFixtures.grade(harness, listener, "final", ["points": 80], token: token)
        #expect(try bare.problem().errors?.map(\.field) == ["externalBody", "assessor"])
        #expect(try bare.problem().errors?.first?.clause == "2.10")
        let named = try await AssessmentFixtures.grade(harness, listener, "final", ["points": 80, "externalBody": "НЦПК «Өрлеу»",
                                                                                   "assessor": "Серікова А. Б."], token: token)
        #expect(named.status == .ok)
        let final = try #require(try named.json(ListenerGrades.self).grades.first)
        #expect((final.externalBody, final.assessor) == ("НЦПК «Өрлеу»", "Серікова А. Б."))
    }

    @Test("an unknown part, listener or token is answered 422, 404 and 401")
    func unknownsAreRefused() async throws {
        let (harness, listener) = try await AssessmentFixtures.withListener()
        let token = try await harness.token(.operator)
        #expect(try await AssessmentFixtures.grade(harness, listener, "3", ["points": 80], token: token).problem().errors?.map(\.field)
                == ["part"])
        #expect(try await AssessmentFixtures.grade(harness, "9a0e5c4b-7d2f-4c41-8f1e-2c3d4e5f0999", "1", ["points": 80], token: token).status
                == .notFound)
        #expect(try await harness.request(.put, "/v1/listeners/\(listener)/grades/1", body: .json(["points": 80])).status == .unauthorized)
        #expect(try await AssessmentFixtures.grade(harness, listener, "1", ["points": 80],
                                                   token: try await harness.token(.organisation, organisation: "org-1")).status == .forbidden)
    }
}
