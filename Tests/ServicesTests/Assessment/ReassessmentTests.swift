@testable import AssessmentService
import EventContracts
import Foundation
import Hummingbird
import ServiceKit
import Testing

@Suite("Reassessment (7.4.1–7.4.2) and results that carry over (7.4.3–7.4.4)")
struct ReassessmentTests {
    static let nextGroup = "5e4d3c2b-1a09-4f8e-8d7c-6b5a4f3e0010"
    static let laterGroup = "5e4d3c2b-1a09-4f8e-8d7c-6b5a4f3e0011"
    static let overGroup = "5e4d3c2b-1a09-4f8e-8d7c-6b5a4f3e0012"

    @Test("failed, a listener is reassessed once within the year; a second time is refused, and the next stream then passes them")
    func reassessmentWithinTheYearThenWithTheNextStream() async throws {
        let (harness, listener) = try await AssessmentFixtures.withListener(today: "2026-12-20")
        // A stream already over when she could join it is not her next one.
        try await AssessmentFixtures.plan(group: Self.overGroup, code: "PD-2026-014-02", startsOn: "2026-11-02", endsOn: "2026-12-11",
                                          trainer: "trainer-over", in: harness)
        try await AssessmentFixtures.plan(group: Self.nextGroup, code: "PD-2026-014-03", startsOn: "2026-11-30", endsOn: "2026-12-24",
                                          trainer: "trainer-next", in: harness)
        try await AssessmentFixtures.plan(group: Self.laterGroup, code: "PD-2027-014-01", startsOn: "2027-01-11", endsOn: "2027-02-19",
                                          trainer: "trainer-later", in: harness)
        let office = try await harness.token(.operator)
        try await AssessmentFixtures.gradeAll(harness, listener, points: [87, 40, 91], token: office)
        #expect(try await AssessmentFixtures.complete(listeners: [listener], in: harness))
        #expect(try await AssessmentFixtures.events(harness) == ["qadam.assessment.listener.failed.v1"])

        let retake = try await harness.send(.post, "/v1/listeners/\(listener)/reassessments", ["kind": "within-a-year"], token: office)
        #expect(retake.status == .created)
        #expect(try retake.json(Attempt.self).number == 2)
        // Module 2 is retaken; module 1 and the final assessment, passed, carry over.
        try await AssessmentFixtures.grade(harness, listener, "2", ["points": 45, "assessedOn": "2026-12-20"], token: office)
        let failedAgain = try await harness.send(.post, "/v1/listeners/\(listener)/decision", token: office)
        #expect(try failedAgain.json(GroupResults.Standing.self).status == .failed)
        let second = try #require(try await harness.outbox().last).payload(as: ListenerFailed.self)
        #expect(second.attempt == 2)
        #expect(second.reassessments == [.init(kind: .nextStream, until: nil)], "the year's reassessment is used")

        let twice = try await harness.send(.post, "/v1/listeners/\(listener)/reassessments", ["kind": "within-a-year"], token: office,
                                           language: "ru")
        #expect(twice.status == .conflict)
        #expect(try twice.problem().clause == "7.4.1")
        #expect(try twice.problem().type == "https://qadam.kz/problems/reassessed-this-year")

        for group in [Self.laterGroup, Self.overGroup] {
            let refused = try await harness.send(.post, "/v1/listeners/\(listener)/reassessments",
                                                 ["kind": "next-stream", "groupId": group], token: office, language: "en")
            #expect(try refused.problem().errors?.map(\.field) == ["groupId"])
            #expect(try refused.problem().errors?.first?.clause == "7.4.2")
            #expect(try refused.problem().errors?.first?.message == "The next stream starts on 2026-11-30: name one of its groups (7.4.2)")
        }
        let next = try await harness.send(.post, "/v1/listeners/\(listener)/reassessments",
                                          ["kind": "next-stream", "groupId": Self.nextGroup], token: office)
        #expect(next.status == .created)
        #expect(try next.json(Attempt.self).groupId == Self.nextGroup)
        let open = try await harness.send(.post, "/v1/listeners/\(listener)/reassessments", ["kind": "within-a-year"], token: office)
        #expect(try open.problem().type == "https://qadam.kz/problems/reassessment-open")

        // The next stream's trainer grades the retaken module; the first group's may not any more.
        let form: [String: any Sendable] = ["points": 75, "assessedOn": "2026-12-20"]
        #expect(try await AssessmentFixtures.grade(harness, listener, "2", form,
                                                   token: try await harness.token(.trainer, subject: AssessmentFixtures.trainerId)).status
                == .forbidden)
        #expect(try await AssessmentFixtures.grade(harness, listener, "2", form,
                                                   token: try await harness.token(.trainer, subject: "trainer-next")).status == .ok)
        // Her own group's end, heard again (a new event), does not decide the attempt she takes with another.
        let before = try await harness.count("outbox")
        #expect(try await AssessmentFixtures.complete(listeners: [listener], in: harness))
        #expect(try await harness.count("outbox") == before)
        #expect(try await AssessmentFixtures.complete(Self.nextGroup, code: "PD-2026-014-03", listeners: [], on: "2026-12-24", in: harness))
        let passed = try #require(try await harness.outbox().first { $0.type == "qadam.assessment.listener.passed.v2" })
            .payload(as: ListenerPassed.self)
        #expect(passed.attempt == 3)
        #expect(passed.modules.map(\.grade.points) == [87, 75])
        #expect(passed.groupId == Self.nextGroup)
        #expect(passed.assessedOn == "2026-12-20")

        // The next stream's group lists her with the attempt she took there; her own group's
        // report still counts the grade she had with it.
        let results = try await harness.send(.get, "/v1/groups/\(Self.nextGroup)/results", token: office).json(GroupResults.self)
        #expect(results.listeners.map(\.listenerId) == [listener])
        #expect(results.listeners.map(\.attempt) == [3])
        #expect(results.listeners.map(\.status) == [.passed])
        let report = try await harness.send(.get, "/v1/groups/\(AssessmentFixtures.groupId)/report", token: office).json(GroupReport.self)
        #expect(report.parts[1].averagePoints == 45, "the retake within the year, with her own group, replaced the 40")
        let nextReport = try await harness.send(.get, "/v1/groups/\(Self.nextGroup)/report", token: office).json(GroupReport.self)
        #expect(nextReport.parts.map(\.graded) == [0, 1, 0])
    }

    @Test("a listener who passed, or never failed, is not reassessed")
    func onlyAFailureIsReassessed() async throws {
        let (harness, listener) = try await AssessmentFixtures.withListener()
        let response = try await harness.send(.post, "/v1/listeners/\(listener)/reassessments", ["kind": "within-a-year"],
                                              token: try await harness.token(.programmeLeader))
        #expect(response.status == .conflict)
        #expect(try response.problem().type == "https://qadam.kz/problems/not-failed")
        #expect(try await harness.send(.post, "/v1/listeners/\(listener)/reassessments", ["kind": "within-a-year"],
                                       token: try await harness.token(.trainer, subject: AssessmentFixtures.trainerId)).status
                == .forbidden, "a trainer grades; the office and the leader open reassessments")
    }

    @Test("a transferred listener keeps their grades, and passes with the new group (7.4.3)")
    func transferKeepsGrades() async throws {
        let (harness, listener) = try await AssessmentFixtures.withListener()
        let office = try await harness.token(.operator)
        try await AssessmentFixtures.grade(harness, listener, "1", ["points": 82, "assessedOn": "2026-09-20"], token: office)
        #expect(try await harness.deliverSample(ListenerTransferred.self))
        let moved = try Samples.payload(ListenerTransferred.self)
        try await AssessmentFixtures.grade(harness, listener, "2", ["points": 77, "assessedOn": "2026-10-12"], token: office)
        try await AssessmentFixtures.grade(harness, listener, "final", ["points": 80, "assessedOn": "2026-10-19"], token: office)
        #expect(try await AssessmentFixtures.complete(listeners: [], in: harness), "the old group's end does not decide them")
        #expect(try await harness.count("outbox") == 0)
        #expect(try await AssessmentFixtures.complete(moved.toGroupId, code: moved.toGroupCode, listeners: [listener], on: "2026-10-19",
                                                      in: harness))
        let passed = try #require(try await harness.outbox().first).payload(as: ListenerPassed.self)
        #expect(passed.modules.map(\.grade.points) == [82, 77])
        #expect(passed.groupId == moved.toGroupId)
    }

    @Test("an interrupted course keeps its grades and is graded again once resumed (7.4.4)")
    func interruptionKeepsGrades() async throws {
        let (harness, listener) = try await AssessmentFixtures.withListener()
        let office = try await harness.token(.operator)
        try await AssessmentFixtures.grade(harness, listener, "1", ["points": 82, "assessedOn": "2026-09-20"], token: office)
        var interrupted = try Samples.payload(ListenerInterrupted.self)
        interrupted.listenerId = listener
        #expect(try await harness.deliver(try eventBody(interrupted)))
        let paused = try await AssessmentFixtures.grade(harness, listener, "2", ["points": 77, "assessedOn": "2026-09-21"], token: office)
        #expect(try paused.problem().clause == "7.4.4")
        var resumed = try Samples.payload(ListenerTransferred.self)
        resumed.kind = .resumption
        #expect(try await harness.deliver(try eventBody(resumed)))
        #expect(try await AssessmentFixtures.grade(harness, listener, "2", ["points": 77, "assessedOn": "2026-10-12"], token: office).status
                == .ok)
        let grades = try await harness.send(.get, "/v1/listeners/\(listener)/grades", token: office).json(ListenerGrades.self)
        #expect(grades.grades.map(\.grade.points) == [82, 77])
    }
}
