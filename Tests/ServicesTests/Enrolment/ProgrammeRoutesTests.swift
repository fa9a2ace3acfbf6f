import EventContracts
@testable import EnrolmentService
import Foundation
import Hummingbird
import HummingbirdTesting
import ServiceKit
import Testing

@Suite("Programmes over HTTP")
struct ProgrammeRoutesTests {
    @Test("a programme leader writes a draft; the rector approves it; the approval is announced with the modules")
    func draftThenApproval() async throws {
        let harness = try await ServiceHarness(EnrolmentService.self)
        let leader = try await harness.token(.programmeLeader, subject: "leader-1")
        let created = try await harness.send(.post, "/v1/programmes", EnrolmentFixtures.programme(), token: leader)
        #expect(created.status == .created)
        #expect(created.headers[.location] == "/v1/programmes/PD-2026-07")
        let draft = try created.json(Programme.self)
        #expect(draft.status == .draft)
        #expect(draft.authorId == "leader-1")
        #expect(draft.modules.map(\.hours) == [36, 36])
        #expect(try await harness.count("outbox") == 0)

        // Only the rector or an administrator approves; the author cannot.
        #expect(try await harness.send(.post, "/v1/programmes/PD-2026-07/approval", EnrolmentFixtures.approval, token: leader).status == .forbidden)
        let rector = try await harness.token(.rector, subject: "rector")
        let approved = try await harness.send(.post, "/v1/programmes/PD-2026-07/approval", EnrolmentFixtures.approval, token: rector)
        #expect(approved.status == .ok)
        let programme = try approved.json(Programme.self)
        #expect(programme.status == .approved)
        #expect(programme.approval == Programme.Approval(decision: "Протокол учёного совета № 3 от 19.08.2026",
                                                         approvedOn: CalendarDate("2026-08-19"), recordedBy: "rector"))

        let events = try await harness.outbox()
        #expect(events.map(\.routingKey) == ["enrolment.programme.approved"])
        let event = try events[0].payload(as: ProgrammeApproved.self)
        #expect(event.code == "PD-2026-07")
        #expect(event.hours == 72)
        #expect(event.kind == .short)
        #expect(event.modules == [ProgrammeApproved.Module(name: "Module 1", hours: 36, assessmentForms: ["test"]),
                                  ProgrammeApproved.Module(name: "Module 2", hours: 36, assessmentForms: ["test"])])
        #expect(event.approvedOn == CalendarDate("2026-08-19"))
        #expect(event.leaderEmail == "g.akhmetova@centre.kz", "where follow-up sends the leader's reminders, lowercased")

        // Approved once: again is a conflict, and so is rewriting it.
        #expect(try await harness.send(.post, "/v1/programmes/PD-2026-07/approval", EnrolmentFixtures.approval, token: rector).status == .conflict)
        let rewrite = try await harness.send(.put, "/v1/programmes/PD-2026-07", EnrolmentFixtures.programme(hours: 72), token: leader)
        #expect(rewrite.status == .conflict)
        #expect(try rewrite.problem().type == Problem.typeBase + "programme-status")
        #expect(try await harness.count("outbox") == 1)
    }

    @Test("a programme whose modules do not add up, or whose kind does not fit its hours, is refused naming both fields")
    func hoursAndKindRules() async throws {
        let harness = try await ServiceHarness(EnrolmentService.self)
        let token = try await harness.token(.programmeLeader)
        let response = try await harness.send(.post, "/v1/programmes", EnrolmentFixtures.programme(hours: 120, kind: "short", moduleHours: [60, 50]),
                                           token: token)
        #expect(response.status == .unprocessableContent)
        let errors = try #require(try response.problem().errors)
        #expect(errors.map(\.field) == ["modules", "kind"])
        #expect(errors[0].message == "Модули в сумме дают 110 часов, а в программе 120 часов")
        #expect(errors[1].message == "Краткосрочный курс — от 36 до 108 академических часов, а здесь 120 часов")
        #expect(try await harness.count("programme") == 0)

        let long = try await harness.send(.post, "/v1/programmes", EnrolmentFixtures.programme(hours: 120, kind: "long", moduleHours: [60, 60]),
                                       token: token)
        #expect(long.status == .created)
    }

    @Test("every bad field is named, modules by their index, in the reader's language")
    func everyFieldNamed() async throws {
        let harness = try await ServiceHarness(EnrolmentService.self)
        var form = EnrolmentFixtures.programme(code: "PD 2026")
        form["titleKk"] = " "
        form["outcomes"] = [String]()
        form["modules"] = [["name": "Only", "hours": 0, "content": "", "assessmentForms": ["test"]] as [String: any Sendable]]
        form["form"] = "by-post"
        let response = try await harness.send(.post, "/v1/programmes", form, token: try await harness.token(.operator), language: "kk")
        #expect(response.status == .unprocessableContent)
        #expect(response.headers[.contentLanguage] == "kk")
        let errors = try #require(try response.problem().errors)
        #expect(errors.map(\.field) == ["code", "titleKk", "outcomes", "modules[0].hours", "modules[0].content", "form"])
        #expect(errors.last?.message == "Мүмкін мәндер: in-person, distance, blended")
    }

    @Test("a draft is rewritten; a taken code is refused; retirement follows approval only")
    func draftLife() async throws {
        let harness = try await ServiceHarness(EnrolmentService.self)
        let author = try await harness.token(.programmeLeader)
        let admin = try await harness.token(.admin)
        #expect(try await harness.send(.post, "/v1/programmes", EnrolmentFixtures.programme(), token: author).status == .created)
        #expect(try await harness.send(.post, "/v1/programmes", EnrolmentFixtures.programme(), token: author).status == .conflict)

        let otherLeader = try await harness.token(.programmeLeader, subject: "another-leader")
        #expect(try await harness.send(.put, "/v1/programmes/PD-2026-07", EnrolmentFixtures.programme(hours: 80, moduleHours: [40, 40]),
                                    token: otherLeader).status == .forbidden)
        let rewritten = try await harness.send(.put, "/v1/programmes/PD-2026-07", EnrolmentFixtures.programme(hours: 80, moduleHours: [40, 40]),
                                            token: author)
        #expect(try rewritten.json(Programme.self).hours == 80)
        #expect(try await harness.send(.post, "/v1/programmes/PD-2026-07/retirement", token: admin).status == .conflict)
        #expect(try await harness.send(.post, "/v1/programmes/PD-2026-07/approval", EnrolmentFixtures.approval, token: admin).status == .ok)
        let retired = try await harness.send(.post, "/v1/programmes/PD-2026-07/retirement", token: admin)
        #expect(try retired.json(Programme.self).status == .retired)
        // Intake hears of it, and takes no new request for it.
        let events = try await harness.outbox()
        #expect(events.map(\.routingKey) == ["enrolment.programme.approved", "enrolment.programme.retired"])
        #expect(try events[1].payload(as: ProgrammeRetired.self).code == "PD-2026-07")

        let trainer = try await harness.token(.trainer)
        let listed = try await harness.send(.get, "/v1/programmes?status=retired", token: trainer)
        #expect(try listed.json([Programme].self).map(\.code) == ["PD-2026-07"])
        #expect(try await harness.send(.get, "/v1/programmes?status=old", token: trainer).status == .unprocessableContent)
        #expect(try await harness.send(.get, "/v1/programmes/NOPE", token: trainer).status == .notFound)
        #expect(try await harness.send(.post, "/v1/programmes", EnrolmentFixtures.programme(code: "X-1"), token: trainer).status == .forbidden)
    }
}
