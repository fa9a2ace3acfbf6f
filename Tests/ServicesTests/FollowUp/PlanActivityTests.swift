import EventContracts
@testable import FollowUpService
import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import Testing

/// The sample certificate (15 October 2026) opens a plan running to 15 October 2027.
@Suite("What happens in a plan: consultations, publications, community events, the leader's summary")
struct PlanActivityTests {
    static func planned(today: String = "2027-03-01") async throws -> (ServiceHarness<FollowUpService>, FollowUpPlan) {
        let harness = try await ServiceHarness(FollowUpService.self, today: today)
        try await harness.deliverSample(CertificateIssued.self)
        let plan = try #require(try await harness.database.read { db in try FollowUpPlan.fetchOne(db) })
        return (harness, plan)
    }

    static func consultation(on day: String) -> [String: any Sendable] {
        ["heldOn": day, "topic": "Зерттеу сабағын жоспарлау / Планирование исследовательского урока", "help": "methodological",
         "area": "research", "mode": "online", "outcome": "Сабақ жоспары қайта құрылды / План урока перестроен"]
    }

    @Test("a consultation makes the plan active, and the plan's view shows it with its counts")
    func consultationMakesThePlanActive() async throws {
        let (harness, plan) = try await Self.planned()
        let leader = try await harness.token(.programmeLeader, subject: "a.seitkali@centre.kz")

        let response = try await harness.send(.post, "/v1/plans/\(plan.id)/consultations", Self.consultation(on: "2027-02-20"),
                                              token: leader)
        #expect(response.status == .created)
        let consultation = try response.json(Consultation.self)
        #expect(consultation.help == .methodological && consultation.area == .research && consultation.mode == .online)
        #expect(consultation.recordedBy == "a.seitkali@centre.kz")

        let view = try await harness.send(.get, "/v1/plans/\(plan.id)", token: leader).json(PlanView.self)
        #expect(view.plan.status == .active)
        #expect(view.plan.lastActivityOn == "2027-02-20")
        #expect(view.consultations.map(\.id) == [consultation.id])
        #expect(view.activity == PlanActivity(consultations: 1, publications: 0, published: 0, participations: 0))
        #expect(view.certificates.map(\.registrationNumber) == ["QDM-2026-000001"])
    }

    /// A plan opened by a certificate of `issuedOn`, and the answers to a consultation on each day.
    static func consultations(issuedOn: String, today: String, on days: [String]) async throws -> (FollowUpPlan, [TestResponse]) {
        let harness = try await ServiceHarness(FollowUpService.self, today: today)
        try await harness.deliver(try eventBody(CertificateIssued(
            certificateId: "00000000-0000-7000-8000-000000000031", registrationNumber: "QDM-2026-000999",
            listenerId: "9a0e5c4b-7d2f-4c41-8f1e-2c3d4e5f0031", fullName: "Әсел Нұрланова", programmeCode: "PD-2026-014",
            issuedOn: CalendarDate(issuedOn)!)))
        let plan = try #require(try await harness.database.read { db in try FollowUpPlan.fetchOne(db) })
        let office = try await harness.token(.operator)
        var answers: [TestResponse] = []
        for day in days {
            answers.append(try await harness.send(.post, "/v1/plans/\(plan.id)/consultations", Self.consultation(on: day), token: office))
        }
        return (plan, answers)
    }

    @Test("a plan from 31 December takes an activity on 1 January, and ends on 31 December of the next year")
    func acrossTheYearEnd() async throws {
        let (plan, answers) = try await Self.consultations(issuedOn: "2026-12-31", today: "2027-01-05", on: ["2027-01-01", "2026-12-30"])
        #expect((plan.startsOn, plan.endsOn) == ("2026-12-31", "2027-12-31"))
        #expect(answers[0].status == .created)
        #expect(answers[1].status == .unprocessableContent)
        #expect(try answers[1].problem().errors?.map(\.field) == ["heldOn"])
    }

    @Test("a plan from 29 February takes an activity on 28 February of the next year and refuses one on 1 March")
    func leapDayPlan() async throws {
        let (plan, answers) = try await Self.consultations(issuedOn: "2028-02-29", today: "2029-03-10", on: ["2029-02-28", "2029-03-01"])
        #expect(plan.endsOn == "2029-02-28")
        #expect(answers[0].status == .created)
        #expect(answers[1].status == .unprocessableContent)
        #expect(try answers[1].problem().errors?.map(\.field) == ["heldOn"])
        #expect(answers[1].text.contains("28.02.2029"), "the message says when the plan ends: \(answers[1].text)")
    }

    @Test("an activity dated after today is refused, naming the field, and nothing is stored")
    func notInTheFuture() async throws {
        let (harness, plan) = try await Self.planned(today: "2027-03-01")
        let response = try await harness.send(.post, "/v1/plans/\(plan.id)/consultations", Self.consultation(on: "2027-03-02"),
                                              token: try await harness.token(.operator))
        #expect(response.status == .unprocessableContent)
        #expect(try response.problem().errors?.map(\.field) == ["heldOn"])
        #expect(try await harness.count("consultation") == 0)
    }

    @Test("a publication moves forward only, back only from submitted to idea, and published needs its reference")
    func publicationStages() async throws {
        let (harness, plan) = try await Self.planned()
        let office = try await harness.token(.operator)
        var paper: [String: any Sendable] = ["title": "Жаратылыстану сабағындағы зерттеу", "venue": "Білім журналы",
                                    "coAuthors": ["Ахметова Г. С."], "status": "idea"]
        let created = try await harness.send(.post, "/v1/plans/\(plan.id)/publications", paper, token: office)
        #expect(created.status == .created)
        let id = try created.json(Publication.self).id

        paper["status"] = "published"
        let withoutReference = try await harness.send(.put, "/v1/publications/\(id)", paper, token: office)
        #expect(withoutReference.status == .unprocessableContent)
        #expect(try withoutReference.problem().errors?.map(\.field) == ["reference"])

        paper["status"] = "submitted"
        #expect(try await harness.send(.put, "/v1/publications/\(id)", paper, token: office).status == .ok)
        paper["status"] = "idea"
        #expect(try await harness.send(.put, "/v1/publications/\(id)", paper, token: office).status == .ok, "a refused submission")
        paper["status"] = "published"
        paper["reference"] = "Білім журналы, 2027, № 2, 14–19 б."
        #expect(try await harness.send(.put, "/v1/publications/\(id)", paper, token: office).json(Publication.self).status == .published)
        paper["status"] = "submitted"
        let backwards = try await harness.send(.put, "/v1/publications/\(id)", paper, token: office)
        #expect(backwards.status == .conflict)
        #expect(backwards.text.contains("publication-status-backwards"))
    }

    @Test("once the plan's year is over, a publication step is refused as the plan's state (409), not as a field")
    func publicationAfterTheYear() async throws {
        let (harness, plan) = try await Self.planned(today: "2027-10-16")
        let paper: [String: any Sendable] = ["title": "Жаратылыстану сабағындағы зерттеу", "status": "idea"]
        let refused = try await harness.send(.post, "/v1/plans/\(plan.id)/publications", paper, token: try await harness.token(.operator))
        #expect(refused.status == .conflict)
        #expect(refused.text.contains("plan-year-over"))
        #expect(try await harness.count("publication") == 0)
    }

    @Test("a community event is counted in the plan of each teacher who took part; a closed plan cannot take part")
    func communityEventCounts() async throws {
        let (harness, plan) = try await Self.planned()
        try await harness.deliver(try eventBody(CertificateIssued(
            certificateId: "00000000-0000-7000-8000-000000000002", registrationNumber: "QDM-2026-000002", listenerId: "9a0e5c4b-7d2f-4c41-8f1e-2c3d4e5f0003",
            fullName: "Дана Омарова", programmeCode: "PD-2026-014", issuedOn: "2026-11-01")))
        let other = try #require(try await harness.database.read { db in
            try FollowUpPlan.filter(Column("listenerId") == "9a0e5c4b-7d2f-4c41-8f1e-2c3d4e5f0003").fetchOne(db)
        })
        let office = try await harness.token(.operator)
        let event: [String: any Sendable] = ["kind": "round-table", "title": "Зерттеу сабағы: тәжірибе алмасу", "heldOn": "2027-02-15",
                                    "mode": "blended", "agenda": "1. Баяндамалар\n2. Талқылау", "participants": [plan.id, other.id],
                                    "otherParticipants": 12]
        let recorded = try await harness.send(.post, "/v1/community-events", event, token: office)
        #expect(recorded.status == .created)
        for id in [plan.id, other.id] {
            let view = try await harness.send(.get, "/v1/plans/\(id)", token: office).json(PlanView.self)
            #expect(view.activity.participations == 1)
            #expect(view.events.map(\.title) == ["Зерттеу сабағы: тәжірибе алмасу"])
        }

        // The second teacher's certificate is revoked: their plan is closed, and takes part in nothing more.
        try await harness.deliver(try eventBody(CertificateRevoked(
            certificateId: "00000000-0000-7000-8000-000000000002", registrationNumber: "QDM-2026-000002", listenerId: "9a0e5c4b-7d2f-4c41-8f1e-2c3d4e5f0003",
            reason: .issuedInError, revokedOn: "2027-02-20")))
        var again = event
        again["heldOn"] = "2027-02-25"
        let refused = try await harness.send(.post, "/v1/community-events", again, token: office)
        #expect(refused.status == .unprocessableContent)
        #expect(try refused.problem().errors?.map(\.field) == ["participants[1]"])
        #expect(try await harness.count("communityEvent") == 1)
    }

    @Test("the leader closes a plan after its year with a summary, announcing what was done; before its end, 409")
    func leaderSumsUpTheYear() async throws {
        let (early, earlyPlan) = try await Self.planned(today: "2027-10-14")
        let words = "Бір консультация, бір жарияланым. / Одна консультация, одна публикация."
        let summary: [String: any Sendable] = ["summary": words]
        let tooEarly = try await early.send(.post, "/v1/plans/\(earlyPlan.id)/closing", summary,
                                            token: try await early.token(.operator))
        #expect(tooEarly.status == .conflict)
        #expect(tooEarly.text.contains("plan-year-not-over"))

        let (harness, plan) = try await Self.planned(today: "2027-10-15")
        let office = try await harness.token(.operator)
        #expect(try await harness.send(.post, "/v1/plans/\(plan.id)/consultations", Self.consultation(on: "2027-05-01"),
                                       token: office).status == .created)
        let closed = try await harness.send(.post, "/v1/plans/\(plan.id)/closing", summary, token: office)
        #expect(closed.status == .ok)
        let closedPlan = try closed.json(FollowUpPlan.self)
        #expect(closedPlan.status == .closed && closedPlan.closeReason == .yearEnded && closedPlan.closedOn == "2027-10-15")
        #expect(closedPlan.summary == words)
        let announced = try #require(try await harness.outbox().last).payload(as: FollowUpPlanClosed.self)
        #expect(announced.reason == .yearEnded && announced.consultations == 1 && announced.publications == 0)
        #expect(try await harness.send(.post, "/v1/plans/\(plan.id)/closing", summary, token: office).status == .conflict)
        #expect(try await harness.send(.post, "/v1/plans/\(plan.id)/consultations", Self.consultation(on: "2027-10-15"),
                                       token: office).status == .conflict, "a closed plan takes nothing more")
    }

    @Test("a programme leader acts on the plans of their own programmes only (403), and an unknown plan is 404")
    func leadersActOnTheirOwn() async throws {
        let (harness, plan) = try await Self.planned()
        let approval = try Samples.edited(ProgrammeApproved.self) { object in
            var data = object["data"] as! [String: any Sendable]
            data["code"] = "PD-2026-014"
            data["leaderId"] = "a.seitkali@centre.kz"
            object["data"] = data
        }
        try await harness.deliver(approval)
        let another = try await harness.token(.programmeLeader, subject: "someone@centre.kz")
        let refused = try await harness.send(.post, "/v1/plans/\(plan.id)/consultations", Self.consultation(on: "2027-02-20"),
                                             token: another)
        #expect(refused.status == .forbidden)
        #expect(refused.text.contains("plan-of-another-leader"))
        #expect(try await harness.send(.get, "/v1/plans/\(plan.id)", token: another).status == .forbidden)
        let own = try await harness.token(.programmeLeader, subject: "a.seitkali@centre.kz")
        #expect(try await harness.send(.get, "/v1/plans/\(plan.id)", token: own).status == .ok)
        #expect(try await harness.send(.get, "/v1/plans/019b0000-0000-7000-8000-000000000000", token: own).status == .notFound)
    }
}
