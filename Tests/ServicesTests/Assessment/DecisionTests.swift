@testable import AssessmentService
import EventContracts
import Foundation
import Hummingbird
import Messaging
import ServiceKit
import Testing

@Suite("The decision when a group's course is completed (7.1–7.2)")
struct DecisionTests {
    @Test("every part graded and passed: the pass is announced once, as version 2 with the appendix and version 1 beside it")
    func passIsAnnouncedOnce() async throws {
        let (harness, listener) = try await AssessmentFixtures.withListener()
        try await AssessmentFixtures.gradeAll(harness, listener, points: [87, 64, 91], token: try await harness.token(.operator))
        #expect(try await AssessmentFixtures.events(harness).isEmpty, "nothing is decided before the course is completed")

        #expect(try await AssessmentFixtures.complete(listeners: [listener], in: harness))
        let events = try await harness.outbox()
        #expect(events.map(\.type) == ["qadam.assessment.listener.passed.v2", "qadam.assessment.listener.passed.v1"])
        let passed = try events[0].payload(as: ListenerPassed.self)
        #expect(passed.modules.map(\.name) == ["Модуль 1", "Модуль 2"])
        #expect(passed.modules.map(\.hours) == [36, 36])
        #expect(passed.modules.map(\.grade.letter) == ["B+", "C-"])
        #expect(passed.modules.map(\.grade.wordRu) == ["хорошо", "удовлетворительно"])
        #expect(passed.finalAssessment.grade.letter == "A-")
        #expect(passed.finalAssessment.external == false)
        #expect(passed.totalHours == 72)
        #expect(passed.score == 76, "(87·36 + 64·36) / 72 = 75.5, rounded half up")
        #expect(passed.titleRu == "Исследовательский подход в преподавании естественных наук")
        #expect(passed.assessedOn == "2026-10-16", "the day of the final assessment")
        #expect(passed.candidateId == "2b7c4e1a-0d55-4b1e-9a2f-5d1f0f0a0001")
        let legacy = try events[1].payload(as: ListenerPassedV1.self)
        #expect(legacy.newerVersion == 2)
        #expect((legacy.score, legacy.assessedOn) == (76, "2026-10-16"))

        // The same completion delivered again, and one more completion, decide nothing twice.
        let completion = GroupCompleted(groupId: AssessmentFixtures.groupId, groupCode: "G", programmeCode: AssessmentFixtures.programmeCode,
                                        completedOn: "2026-10-16", listeners: [.init(listenerId: listener, candidateId: "c", fullName: "Ә")])
        let body = try eventBody(completion)
        #expect(try await harness.deliver(body))
        #expect(try await harness.deliver(body) == false)
        #expect(try await harness.count("outbox") == 2)
    }

    @Test("a module below its pass mark fails, with the reassessments open")
    func failureIsAnnouncedWithItsOptions() async throws {
        let (harness, listener) = try await AssessmentFixtures.withListener()
        try await AssessmentFixtures.gradeAll(harness, listener, points: [87, 49, 91], token: try await harness.token(.operator))
        #expect(try await AssessmentFixtures.complete(listeners: [listener], in: harness))
        let events = try await harness.outbox()
        #expect(events.map(\.type) == ["qadam.assessment.listener.failed.v1"])
        let failed = try events[0].payload(as: ListenerFailed.self)
        #expect(failed.failedParts == ["Модуль 2"])
        #expect(failed.reassessments == [.init(kind: .withinAYear, until: "2027-10-16"), .init(kind: .nextStream, until: nil)])
    }

    @Test("a listener with a part not graded is neither passed nor failed; the group's results say what is missing")
    func incompleteListenersAreListed() async throws {
        let (harness, listener) = try await AssessmentFixtures.withListener()
        try await AssessmentFixtures.admit(AssessmentFixtures.secondListener, "Иванова Мария Петровна", in: harness)
        let token = try await harness.token(.operator)
        try await AssessmentFixtures.grade(harness, listener, "1", ["points": 70, "assessedOn": "2026-09-20"], token: token)
        #expect(try await AssessmentFixtures.complete(listeners: [listener, AssessmentFixtures.secondListener], in: harness))
        #expect(try await harness.count("outbox") == 0)

        let results = try await harness.send(.get, "/v1/groups/\(AssessmentFixtures.groupId)/results", token: token).json(GroupResults.self)
        #expect(results.listeners.map(\.status) == [.incomplete, .incomplete])
        #expect(results.listeners.map(\.missingParts) == [["Модуль 1", "Модуль 2", "final"], ["Модуль 2", "final"]])

        // Graded after the course's end, the listener is decided on the office's word.
        try await AssessmentFixtures.grade(harness, listener, "2", ["points": 80, "assessedOn": "2026-09-25"], token: token)
        try await AssessmentFixtures.grade(harness, listener, "final", ["points": 75, "assessedOn": "2026-10-16"], token: token)
        let decided = try await harness.send(.post, "/v1/groups/\(AssessmentFixtures.groupId)/decision", token: token)
        #expect(try decided.json(GroupResults.self).listeners.map(\.status) == [.incomplete, .passed])
        #expect(try await AssessmentFixtures.events(harness) == ["qadam.assessment.listener.passed.v2", "qadam.assessment.listener.passed.v1"])
        let again = try await harness.send(.post, "/v1/listeners/\(listener)/decision", token: token)
        #expect(try again.problem().type == "https://qadam.kz/problems/already-decided")
    }

    @Test("a long course without its external final assessment cannot pass (2.10)")
    func longCourseNeedsItsExternalAssessment() async throws {
        let (harness, listener) = try await AssessmentFixtures.withListener(kind: .long, hours: [72, 72])
        let token = try await harness.token(.operator)
        try await AssessmentFixtures.grade(harness, listener, "1", ["points": 95, "assessedOn": "2026-09-20"], token: token)
        try await AssessmentFixtures.grade(harness, listener, "2", ["points": 95, "assessedOn": "2026-09-20"], token: token)
        #expect(try await AssessmentFixtures.complete(listeners: [listener], in: harness))
        #expect(try await harness.count("outbox") == 0)
        let decision = try await harness.send(.post, "/v1/listeners/\(listener)/decision", token: token, language: "en")
        #expect(decision.status == .conflict)
        #expect(try decision.problem().detail == "Not graded: final")

        #expect(try await AssessmentFixtures.grade(harness, listener, "final", ["points": 88, "assessedOn": "2026-10-16",
                                                                              "externalBody": "НЦПК «Өрлеу»", "assessor": "Серікова А."],
                                                   token: token).status == .ok)
        let passed = try await harness.send(.post, "/v1/listeners/\(listener)/decision", token: token)
        #expect(try passed.json(GroupResults.Standing.self).status == .passed)
        let event = try #require(try await harness.outbox().first).payload(as: ListenerPassed.self)
        #expect(event.finalAssessment.external)
        #expect(event.finalAssessment.externalBody == "НЦПК «Өрлеу»")
    }

    @Test("an expelled listener is not decided, even with every grade in (7.5)")
    func expelledListenerDoesNotPass() async throws {
        let (harness, listener) = try await AssessmentFixtures.withListener()
        try await AssessmentFixtures.gradeAll(harness, listener, points: [90, 90, 90], finalOn: "2026-10-14",
                                              token: try await harness.token(.operator))
        #expect(try await harness.deliverSample(ListenerExpelled.self))
        #expect(try await AssessmentFixtures.complete(listeners: [listener], in: harness))
        #expect(try await harness.count("outbox") == 0)
    }

    @Test("a completion naming a listener assessment has not heard of yet waits, to be retried")
    func completionOfAnUnknownListenerWaits() async throws {
        let (harness, _) = try await AssessmentFixtures.withListener()
        await #expect(throws: NotYetKnown.self) {
            try await AssessmentFixtures.complete(listeners: [AssessmentFixtures.secondListener], in: harness)
        }
        #expect(try await harness.count("inbox") == 3)
    }
}
