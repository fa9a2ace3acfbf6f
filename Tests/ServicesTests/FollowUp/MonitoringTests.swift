import EventContracts
@testable import FollowUpService
import Foundation
import GRDB
import Messaging
import ServiceKit
import Testing

/// The approval sample: PD-2026-07, approved on 19 August 2026, led by g.akhmetova@centre.kz.
@Suite("Monitoring of programmes: a review at least once every three years (8.4.4)")
struct MonitoringTests {
    static func approved(today: String = "2026-09-01") async throws -> ServiceHarness<FollowUpService> {
        let harness = try await ServiceHarness(FollowUpService.self, today: today)
        try await harness.deliverSample(ProgrammeApproved.self)
        return harness
    }

    static func announce(_ harness: ServiceHarness<FollowUpService>, on day: CalendarDate) async throws -> [MonitoringDue] {
        let (mail, outbox) = (MailSettings(harness.environment.settings), harness.environment.outbox)
        return try await harness.database.write { db in
            try Monitoring.announceDue(today: day, noticeDays: 90, mail: mail, outbox: outbox, in: db)
        }
    }

    static let review: [String: any Sendable] = [
        "reviewedOn": "2026-09-01",
        "conclusions": "Тыңдаушылардың 80%-ы зерттеу сабағын өткізді. / 80% слушателей провели исследовательский урок.",
        "actions": ["Модуль 2 сағаттарын көбейту / Увеличить часы модуля 2"],
    ]

    @Test("a programme never reviewed is due, by the third year after its approval; it is announced once, and its leader mailed")
    func neverReviewedIsDue() async throws {
        let harness = try await Self.approved()
        let office = try await harness.token(.operator)
        let overview = try await harness.send(.get, "/v1/monitoring", token: office).json([ProgrammeMonitoring].self)
        #expect(overview.map(\.programmeCode) == ["PD-2026-07"])
        #expect(overview.first?.state == .neverReviewed)
        #expect(overview.first?.dueOn == "2029-08-19")
        #expect(overview.first?.lastReviewedOn == nil)

        #expect(try await Self.announce(harness, on: "2026-09-01").map(\.reason) == [.neverReviewed])
        #expect(try await Self.announce(harness, on: "2026-09-02").isEmpty, "announced once")
        let events = try await harness.outbox()
        #expect(events.map(\.routingKey) == ["followup.monitoring.due"])
        #expect(try events[0].payload(as: MonitoringDue.self) == MonitoringDue(
            programmeCode: "PD-2026-07", leaderId: "g.akhmetova@centre.kz", lastReviewedOn: nil, dueOn: "2029-08-19", reason: .neverReviewed))
        let letters = try await harness.database.read { db in try Row.fetchAll(db, sql: "SELECT recipient, subject FROM mail") }
        #expect(letters.map { $0["recipient"] as String } == ["g.akhmetova@centre.kz"])
    }

    @Test("a review puts the next due day three years on; the notice comes again within MONITORING_NOTICE_DAYS of it")
    func reviewRestartsTheCycle() async throws {
        let harness = try await Self.approved()
        let leader = try await harness.token(.programmeLeader, subject: "g.akhmetova@centre.kz")
        let recorded = try await harness.send(.post, "/v1/programmes/PD-2026-07/reviews", Self.review, token: leader)
        #expect(recorded.status == .created)
        #expect(try recorded.json(ProgrammeReview.self).actions.count == 1)

        let overview = try await harness.send(.get, "/v1/monitoring", token: leader).json([ProgrammeMonitoring].self)
        #expect(overview.first?.state == .current)
        #expect(overview.first?.dueOn == "2029-09-01")
        #expect(try await Self.announce(harness, on: "2029-06-02").isEmpty, "91 days ahead: not yet")
        let due = try await Self.announce(harness, on: "2029-06-03")
        #expect(due == [MonitoringDue(programmeCode: "PD-2026-07", leaderId: "g.akhmetova@centre.kz", lastReviewedOn: "2026-09-01",
                                      dueOn: "2029-09-01", reason: .cycleEnding)])
        #expect(try await Self.announce(harness, on: "2029-09-02").isEmpty, "overdue, but announced for that day already")
        let reviews = try await harness.send(.get, "/v1/programmes/PD-2026-07/reviews", token: leader).json([ProgrammeReview].self)
        #expect(reviews.map(\.reviewedOn) == ["2026-09-01"])
    }

    @Test("a programme's leader reviews their own programme only (403); a review dated after today is refused, naming the field")
    func whoReviewsAndWhen() async throws {
        let harness = try await Self.approved()
        let another = try await harness.token(.programmeLeader, subject: "someone@centre.kz")
        let refused = try await harness.send(.post, "/v1/programmes/PD-2026-07/reviews", Self.review, token: another)
        #expect(refused.status == .forbidden)
        #expect(refused.text.contains("programme-of-another-leader"))
        var tomorrow = Self.review
        tomorrow["reviewedOn"] = "2026-09-02"
        let future = try await harness.send(.post, "/v1/programmes/PD-2026-07/reviews", tomorrow, token: try await harness.token(.operator))
        #expect(future.status == .unprocessableContent)
        #expect(try future.problem().errors?.map(\.field) == ["reviewedOn"])
        #expect(try await harness.count("review") == 0)
        #expect(try await harness.send(.get, "/v1/programmes/PD-2099-99/reviews", token: another).status == .notFound)
    }

    @Test("the schedule: overdue past its three years, due soon within the notice, a retired programme not monitored")
    func schedule() {
        let approved: CalendarDate = "2026-08-19"
        func state(_ last: CalendarDate?, _ today: CalendarDate, retired: Bool = false) -> MonitoringSchedule.State {
            MonitoringSchedule.state(lastReviewedOn: last, approvedOn: approved, retired: retired, today: today, noticeDays: 90)
        }
        #expect(state(nil, "2026-09-01") == .neverReviewed)
        #expect(state(nil, "2029-08-20") == .overdue)
        #expect(state("2027-03-01", "2029-11-30") == .current)
        #expect(state("2027-03-01", "2029-12-01") == .dueSoon, "90 days before 1 March 2030")
        #expect(state("2027-03-01", "2030-03-02") == .overdue)
        #expect(state(nil, "2026-09-01", retired: true) == .retired)
        #expect(MonitoringSchedule.dueOn(lastReviewedOn: "2028-02-29", approvedOn: approved) == "2031-02-28")
    }
}
