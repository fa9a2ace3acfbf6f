@testable import AssessmentService
import EventContracts
import Foundation
import Hummingbird
import ServiceKit
import Testing

@Suite("Assessment plans and reports")
struct PlanAndReportTests {
    @Test("an approved programme gets a plan: letter scale, weights of its hours, pass marks of 50, its forms; external final for a long course")
    func planFromTheApprovedProgramme() async throws {
        let (harness, _) = try await AssessmentFixtures.withListener()
        let token = try await harness.token(.trainer, subject: "t")
        let plan = try await harness.send(.get, "/v1/plans/\(AssessmentFixtures.programmeCode)", token: token).json(AssessmentPlan.self)
        #expect(plan.modules.map(\.weight) == [36, 36])
        #expect(plan.modules.map(\.passMark) == [50, 50])
        #expect(plan.modules.map(\.scale) == [.letter, .letter])
        #expect(plan.modules.map(\.forms) == [[.test], [.project]])
        #expect(plan.finalAssessment.external == false)

        #expect(try await harness.deliver(try eventBody(AssessmentFixtures.programme(kind: .long, hours: [72, 72]))))
        let long = try await harness.send(.get, "/v1/plans/\(AssessmentFixtures.programmeCode)", token: token).json(AssessmentPlan.self)
        #expect(long.finalAssessment.external)
        #expect(long.modules.map(\.weight) == [72, 72])
    }

    @Test("the programme leader sets weights and pass marks; a module the plan lacks is refused; a trainer may not")
    func leaderSetsThePlan() async throws {
        let (harness, _) = try await AssessmentFixtures.withListener()
        let path = "/v1/plans/\(AssessmentFixtures.programmeCode)"
        let leader = try await harness.token(.programmeLeader, subject: "leader-1")
        let set = try await harness.send(.put, path, ["modules": [["number": 1, "weight": 60, "passMark": 60] as [String: any Sendable]],
                                                      "finalAssessment": ["passMark": 55] as [String: any Sendable]], token: leader)
        let plan = try set.json(AssessmentPlan.self)
        #expect(plan.modules.map(\.weight) == [60, 36])
        #expect(plan.modules.map(\.passMark) == [60, 50])
        #expect(plan.finalAssessment.passMark == 55)
        #expect(plan.updatedBy == "leader-1")

        let unknown = try await harness.send(.put, path, ["modules": [["number": 3, "weight": 10] as [String: any Sendable]]], token: leader)
        #expect(try unknown.problem().errors?.map(\.field) == ["modules[0].number"])
        #expect(try await harness.send(.put, path, ["modules": [["number": 1, "passMark": 101] as [String: any Sendable]]], token: leader).problem().errors?
            .map(\.field) == ["modules[0].passMark"])
        #expect(try await harness.send(.put, path, ["modules": [] as [any Sendable]], token: try await harness.token(.trainer)).status == .forbidden)
    }

    @Test("a programme leader sets the plan, grades, decides and reassesses only for their own programme (4.7)")
    func anotherLeaderIsForbidden() async throws {
        let (harness, listener) = try await AssessmentFixtures.withListener()
        #expect(try await harness.deliver(try eventBody(AssessmentFixtures.programme(leaderId: "leader-1"))))
        let other = try await harness.token(.programmeLeader, subject: "leader-2")
        let path = "/v1/plans/\(AssessmentFixtures.programmeCode)"
        let plan = try await harness.send(.put, path, ["modules": [["number": 1, "weight": 5] as [String: any Sendable]]], token: other)
        #expect(plan.status == .forbidden)
        #expect(try plan.problem().clause == "4.7")
        let form: [String: any Sendable] = ["points": 80, "assessedOn": "2026-09-20"]
        #expect(try await AssessmentFixtures.grade(harness, listener, "1", form, token: other).status == .forbidden)
        #expect(try await harness.send(.post, "/v1/listeners/\(listener)/decision", token: other).status == .forbidden)
        #expect(try await harness.send(.post, "/v1/listeners/\(listener)/reassessments", ["kind": "within-a-year"], token: other).status
                == .forbidden)
        #expect(try await harness.send(.post, "/v1/groups/\(AssessmentFixtures.groupId)/decision", token: other).status == .forbidden)
        #expect(try await harness.count("grade") == 0)
        let own = try await harness.token(.programmeLeader, subject: "leader-1")
        #expect(try await AssessmentFixtures.grade(harness, listener, "1", form, token: own).status == .ok)
        #expect(try await harness.send(.put, path, ["modules": [["number": 1, "weight": 5] as [String: any Sendable]]], token: own).status
                == .ok)
    }

    @Test("the group's and the programme's reports give per part the distribution, pass rate and average, as JSON and as CSV for Excel")
    func groupReport() async throws {
        let (harness, first) = try await AssessmentFixtures.withListener()
        try await AssessmentFixtures.admit(AssessmentFixtures.secondListener, "Иванова Мария Петровна", in: harness)
        let office = try await harness.token(.operator)
        try await AssessmentFixtures.gradeAll(harness, first, points: [96, 70, 88], token: office)
        try await AssessmentFixtures.gradeAll(harness, AssessmentFixtures.secondListener, points: [40, 80, 66], token: office)
        let rector = try await harness.token(.rector)
        let path = "/v1/groups/\(AssessmentFixtures.groupId)/report"
        let report = try await harness.send(.get, path, token: rector).json(GroupReport.self)
        #expect(report.listeners == 2)
        let module1 = try #require(report.parts.first)
        #expect((module1.graded, module1.passed, module1.passRate, module1.averagePoints) == (2, 1, 50.0, 68.0))
        #expect(module1.distribution?["A"] == 1)
        #expect(module1.distribution?["FX"] == 1)
        #expect(module1.distribution?["B"] == 0)

        let csv = try await harness.send(.get, path + "?format=csv", token: rector)
        #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
        let text = String(buffer: csv.body)
        #expect(text.hasPrefix("\u{FEFF}part;name;scale;graded;passed;passRate;averagePoints;A;A-;"))
        #expect(text.split(separator: "\r\n").dropFirst().first == "1;Модуль 1;letter;2;1;50.0;68.0;1;0;0;0;0;0;0;0;0;0;1;0")
        #expect(try await harness.send(.get, path, token: try await harness.token(.trainer)).status == .forbidden)

        // Across the programme's groups: each group's outcome, and the same figures per part.
        #expect(try await AssessmentFixtures.complete(listeners: [first, AssessmentFixtures.secondListener], in: harness))
        let programme = try await harness.send(.get, "/v1/plans/\(AssessmentFixtures.programmeCode)/report", token: rector)
            .json(ProgrammeReport.self)
        #expect(programme.listeners == 2)
        #expect(programme.groups.map(\.listeners) == [2])
        #expect(programme.groups.map(\.passed) == [1])
        #expect(programme.groups.map(\.failed) == [1])
        #expect(programme.parts == report.parts)
        let programmeCSV = try await harness.send(.get, "/v1/plans/\(AssessmentFixtures.programmeCode)/report?format=csv", token: rector)
        #expect(String(buffer: programmeCSV.body) == text)
    }
}
