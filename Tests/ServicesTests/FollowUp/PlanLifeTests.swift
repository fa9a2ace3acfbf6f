import EventContracts
@testable import FollowUpService
import Foundation
import GRDB
import Messaging
import Testing

@Suite("A plan's life: reissued, revoked, led")
struct PlanLifeTests {
    @Test("a revoked certificate closes its plan on the day of the revocation and announces it")
    func revocationClosesThePlan() async throws {
        let (harness, _) = try await FollowUpFixtures.planned()
        let revoked = try Samples.payload(CertificateRevoked.self)

        #expect(try await harness.deliverSample(CertificateRevoked.self))

        let plan = try #require(try await harness.database.read { db in try FollowUpPlan.fetchOne(db) })
        #expect(plan.status == .closed)
        #expect(plan.closedOn == "2026-11-02")
        #expect(plan.closeReason == .certificateRevoked)
        #expect(plan.endsOn == "2027-10-15", "the year it would have run is kept")
        let events = try await harness.outbox()
        #expect(events.map(\.type) == ["qadam.followup.plan.opened.v1", "qadam.followup.plan.closed.v1"])
        let closed = try events[1].payload(as: FollowUpPlanClosed.self)
        #expect(closed == FollowUpPlanClosed(planId: plan.id, listenerId: plan.listenerId, certificateId: revoked.certificateId,
                                             programmeCode: "PD-2026-014", reason: .certificateRevoked, closedOn: "2026-11-02"))
        let cause = try Samples.event(CertificateRevoked.self).envelope.id
        #expect(try events[1].envelope.causationid == cause)
    }

    @Test("the same revocation announced again, under another event id, closes the plan once")
    func revocationAgainClosesOnce() async throws {
        let (harness, _) = try await FollowUpFixtures.planned()
        let revoked = try Samples.payload(CertificateRevoked.self)
        #expect(try await harness.deliverSample(CertificateRevoked.self))
        #expect(try await harness.deliver(try eventBody(revoked)))
        #expect(try await harness.outbox().map(\.type).filter { $0 == "qadam.followup.plan.closed.v1" }.count == 1)
    }

    @Test("a reissued certificate keeps its plan and its dates; the replacement's revocation then closes it")
    func reissueKeepsThePlan() async throws {
        let (harness, _) = try await FollowUpFixtures.planned()
        let reissued = try Samples.payload(CertificateReissued.self)

        #expect(try await harness.deliverSample(CertificateReissued.self))

        var plan = try #require(try await harness.database.read { db in try FollowUpPlan.fetchOne(db) })
        #expect(plan.status == .open)
        #expect((plan.startsOn, plan.endsOn) == ("2026-10-15", "2027-10-15"), "a year from the first certificate's date")
        #expect(plan.fullName == reissued.fullName)
        let certificates = try await harness.database.read { db in
            try PlanCertificate.order(Column("issuedOn")).fetchAll(db)
        }
        #expect(certificates.map(\.status) == [.superseded, .valid])
        #expect(certificates.map(\.registrationNumber) == ["QDM-2026-000001", "QDM-2026-000107"])
        #expect(try await harness.count("plan") == 1)

        try await harness.deliver(try eventBody(CertificateRevoked(
            certificateId: reissued.certificateId, registrationNumber: reissued.registrationNumber, listenerId: reissued.listenerId,
            reason: .fraud, revokedOn: "2026-12-01")))
        plan = try #require(try await harness.database.read { db in try FollowUpPlan.fetchOne(db) })
        #expect(plan.status == .closed && plan.closedOn == "2026-12-01")
        let closed = try #require(try await harness.outbox().last).payload(as: FollowUpPlanClosed.self)
        #expect(closed.certificateId == reissued.certificateId, "the plan followed the replacement when it closed")
    }

    @Test("a revocation of a certificate follow-up has not heard of fails, leaving nothing behind, to be retried and parked")
    func revocationOfAnUnknownCertificate() async throws {
        let harness = try await ServiceHarness(FollowUpService.self)
        await #expect(throws: NotYetKnown.self) { try await harness.deliverSample(CertificateRevoked.self) }
        #expect(try await harness.count("inbox") == 0)
        #expect(try await harness.count("outbox") == 0)
    }

    @Test("a programme leader sees the plans of their own programmes, and of programmes not yet announced")
    func leadersSeeTheirOwnPlans() async throws {
        let (harness, listenerId) = try await FollowUpFixtures.planned()
        func plans(as leader: String) async throws -> [String] {
            let token = try await harness.token(.programmeLeader, subject: leader)
            return try await harness.request(.get, "/v1/plans", headers: .bearer(token)).json([FollowUpPlan].self).map(\.listenerId)
        }
        #expect(try await plans(as: "someone@centre.kz") == [listenerId], "no leader known yet for PD-2026-014")

        // Enrolment announces who leads the sample certificate's programme.
        let approval = try Samples.edited(ProgrammeApproved.self) { object in
            var data = object["data"] as! [String: Any]
            data["code"] = "PD-2026-014"
            data["leaderId"] = "a.seitkali@centre.kz"
            object["data"] = data
        }
        #expect(try await harness.deliver(approval))
        #expect(try await plans(as: "a.seitkali@centre.kz") == [listenerId])
        #expect(try await plans(as: "someone@centre.kz") == [])
        let office = try await harness.token(.operator)
        #expect(try await harness.request(.get, "/v1/plans", headers: .bearer(office)).json([FollowUpPlan].self).count == 1)
    }

    @Test("a programme announced again keeps the day it was first approved; retired, it says since when")
    func programmesAsAnnounced() async throws {
        let harness = try await ServiceHarness(FollowUpService.self)
        let approved = try Samples.payload(ProgrammeApproved.self)
        #expect(try await harness.deliverSample(ProgrammeApproved.self))
        var again = approved
        again.approvedOn = "2027-01-10"
        again.leader = "Сейтқали Арман"
        #expect(try await harness.deliver(try eventBody(again)))
        #expect(try await harness.deliverSample(ProgrammeRetired.self))
        let programme = try #require(try await harness.database.read { db in try FollowedProgramme.fetchOne(db, key: approved.code) })
        #expect(programme.approvedOn == approved.approvedOn)
        #expect(programme.leader == "Сейтқали Арман")
        #expect(programme.retiredAt == (try Samples.payload(ProgrammeRetired.self)).retiredAt)
    }
}
