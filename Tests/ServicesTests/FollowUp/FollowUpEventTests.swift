import EventContracts
import FollowUpService
import Foundation
import GRDB
import Testing

@Suite("Follow-up applies certification's events")
struct FollowUpEventTests {
    @Test("the certificate-issued sample opens a one-year plan and announces it")
    func issuedCertificateOpensAPlan() async throws {
        let harness = try await ServiceHarness(FollowUpService.self)
        let sample = try Samples.event(CertificateIssued.self)
        let issued = try sample.payload(as: CertificateIssued.self)

        #expect(try await harness.deliverSample(CertificateIssued.self))

        let plans = try await harness.database.read { db in try FollowUpPlan.fetchAll(db) }
        let plan = try #require(plans.first)
        #expect(plans.count == 1)
        #expect(plan.certificateId == issued.certificateId)
        #expect(plan.listenerId == issued.listenerId)
        #expect(plan.programmeCode == issued.programmeCode)
        #expect(plan.startsOn == "2026-10-15")
        #expect(plan.endsOn == "2027-10-15")
        #expect(plan.status == .open)

        let events = try await harness.outbox()
        #expect(events.map(\.type) == ["qadam.followup.plan.opened.v1"])
        let opened = try #require(events.first).payload(as: FollowUpPlanOpened.self)
        #expect(opened == FollowUpPlanOpened(planId: plan.id, listenerId: plan.listenerId, certificateId: plan.certificateId,
                                             programmeCode: plan.programmeCode, startsOn: "2026-10-15", endsOn: "2027-10-15"))
        #expect(try #require(events.first).envelope.correlationid == sample.envelope.correlationid)
    }

    @Test("the same certificate-issued event delivered twice opens one plan")
    func redeliveryOpensOnePlan() async throws {
        let harness = try await ServiceHarness(FollowUpService.self)
        #expect(try await harness.deliverSample(CertificateIssued.self))
        #expect(try await harness.deliverSample(CertificateIssued.self) == false)
        #expect(try await harness.count("plan") == 1)
        #expect(try await harness.count("outbox") == 1)
    }

    @Test("a certificate issued on 29 February is followed until 28 February")
    func leapDayCertificate() async throws {
        let harness = try await ServiceHarness(FollowUpService.self)
        try await harness.deliver(try eventBody(CertificateIssued(
            certificateId: "00000000-0000-7000-8000-000000000001", registrationNumber: "QDM-2028-000001", listenerId: "l-1", fullName: "Әсел",
            programmeCode: "PD-1", issuedOn: "2028-02-29")))
        let plan = try await harness.database.read { db in try FollowUpPlan.fetchOne(db) }
        #expect(plan?.endsOn == "2029-02-28")
    }

    @Test("a certificate with an unreadable date fails, leaving nothing behind, so it is retried and parked")
    func unreadableDateFailsCleanly() async throws {
        let harness = try await ServiceHarness(FollowUpService.self)
        let body = try Samples.edited(CertificateIssued.self) { object in
            var data = object["data"] as! [String: Any]
            data["issuedOn"] = "15.10.2026"
            object["data"] = data
        }
        await #expect(throws: (any Error).self) { try await harness.deliver(body) }
        #expect(try await harness.count("plan") == 0)
        #expect(try await harness.count("outbox") == 0)
        #expect(try await harness.count("inbox") == 0, "a failed event is not recorded as seen")
    }
}
