import EventContracts
@testable import FollowUpService
import Foundation
import GRDB
import Logging
import Mail
import ServiceKit
import Testing
import TestSupport

/// The sample certificate (15 October 2026) opens a plan running to 15 October 2027, of
/// PD-2026-014, whose leader enrolment names below.
@Suite("Quiet plans: flagged once, their leader reminded once, against a real SMTP server")
struct QuietPlanTests {
    static let leaderEmail = "a.seitkali@centre.kz"

    static func planned(quietDays: Int = 30) async throws -> (ServiceHarness<FollowUpService>, FollowUpPlan) {
        let harness = try await ServiceHarness(FollowUpService.self, settings: ["FOLLOWUP_QUIET_DAYS": "\(quietDays)"],
                                               today: "2027-03-01")
        let approval = try Samples.edited(ProgrammeApproved.self) { object in
            var data = object["data"] as! [String: Any]
            data["code"] = "PD-2026-014"
            data["leader"] = "Сейтқали Арман Болатұлы"
            data["leaderId"] = Self.leaderEmail
            data["leaderEmail"] = Self.leaderEmail
            object["data"] = data
        }
        try await harness.deliver(approval)
        try await harness.deliverSample(CertificateIssued.self)
        return (harness, try #require(try await harness.database.read { db in try FollowUpPlan.fetchOne(db) }))
    }

    static func flag(_ harness: ServiceHarness<FollowUpService>, on day: CalendarDate, quietDays: Int = 30) async throws -> [String] {
        let mail = MailSettings(harness.environment.settings)
        return try await harness.database.write { db in try QuietPlans.flag(on: day, quietDays: quietDays, mail: mail, in: db) }.map(\.id)
    }

    @Test("a plan quiet for longer than FOLLOWUP_QUIET_DAYS is flagged and its leader reminded once, through a real SMTP server")
    func quietPlanRemindsItsLeaderOnce() async throws {
        let smtp = try await SMTPServer()
        defer { Task { await smtp.stop() } }
        let (harness, plan) = try await Self.planned()

        // Opened on 15 October 2026: quiet from 14 November, 30 days on.
        #expect(try await Self.flag(harness, on: "2026-11-13") == [])
        #expect(try await Self.flag(harness, on: "2026-11-14") == [plan.id])
        #expect(try await Self.flag(harness, on: "2026-11-15") == [], "flagged once")
        #expect(try await Self.flag(harness, on: "2027-01-10") == [], "and still once, however long it stays quiet")

        let relay = MailRelay(database: harness.database, relay: SMTPRelay(url: smtp.url), logger: Logger(label: "mail"))
        #expect(await relay.sendQueued())
        #expect(await relay.sendQueued(), "a second round sends nothing more")
        let messages = try await smtp.messages()
        #expect(messages.count == 1)
        let message = try #require(messages.first)
        #expect(message.to == Self.leaderEmail)
        #expect(message.subject == "Қолдау жоспары: Сәрсенова Айгүл Маратқызы / План сопровождения: Сәрсенова Айгүл Маратқызы")
        #expect(message.text.contains("Құрметті Сейтқали Арман Болатұлы!"))
        #expect(message.text.contains("с 15.10.2026 ничего не записано уже 30 дней"))
        #expect(message.text.contains("План действует до 15.10.2027"))

        let flagged = try #require(try await harness.database.read { db in try FollowUpPlan.fetchOne(db, key: plan.id) })
        #expect(flagged.quietSince == "2026-11-14")
    }

    @Test("something done in a quiet plan clears its flag; quiet again, it is flagged and its leader reminded again")
    func activityClearsTheFlag() async throws {
        let (harness, plan) = try await Self.planned()
        #expect(try await Self.flag(harness, on: "2026-11-20") == [plan.id])
        let consultation: [String: any Sendable] = ["heldOn": "2026-11-25", "topic": "Рефлексия / Рефлексия", "help": "consulting",
                                                    "area": "reflective", "mode": "in-person", "outcome": "Күнделік / Дневник"]
        #expect(try await harness.send(.post, "/v1/plans/\(plan.id)/consultations", consultation,
                                       token: try await harness.token(.operator)).status == .created)
        let active = try #require(try await harness.database.read { db in try FollowUpPlan.fetchOne(db, key: plan.id) })
        #expect(active.quietSince == nil && active.status == .active)
        #expect(try await Self.flag(harness, on: "2026-12-24") == [], "29 days after the consultation")
        #expect(try await Self.flag(harness, on: "2026-12-25") == [plan.id])
        #expect(try await harness.count("mail") == 2)
    }

    @Test("a closed plan, or one past its year, is not flagged")
    func closedOrEndedPlansAreNotFlagged() async throws {
        let (harness, _) = try await Self.planned()
        #expect(try await Self.flag(harness, on: "2027-10-16") == [], "past its year it waits for the summary, not for activity")
        try await harness.deliverSample(CertificateRevoked.self)
        #expect(try await Self.flag(harness, on: "2026-11-20") == [])
        #expect(try await harness.count("mail") == 0)
    }

    @Test("the quiet days are the service's to set: a value that is not a whole number from 1 to 366 stops it at start")
    func quietDaysAreChecked() async throws {
        #expect(try FollowUpSettings(ServiceSettings(service: "follow-up", defaultPort: 8085, flags: [:], environment: [:])).quietDays
            == FollowUpSettings.defaultQuietDays)
        for bad in ["0", "sixty", "400"] {
            #expect(throws: SettingsError.self) {
                try FollowUpSettings(ServiceSettings(service: "follow-up", defaultPort: 8085, flags: [:],
                                                     environment: ["FOLLOWUP_QUIET_DAYS": bad]))
            }
        }
    }
}
