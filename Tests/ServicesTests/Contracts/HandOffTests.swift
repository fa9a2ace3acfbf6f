import AssessmentService
import CertificationService
import Contracts
import EnrolmentService
import FollowUpService
import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import IntakeService
import ServiceKit
import Testing

/// The samples are promises; this holds the producers to them too: what each service actually
/// leaves in its outbox is handed, byte for byte, to the services that consume it.
@Suite("Hand-offs between services, without a broker")
struct HandOffTests {
    @Test("an application accepted by intake ends in a follow-up plan, each service applying the last one's event")
    func applicationToFollowUpPlan() async throws {
        let intake = try await ServiceHarness(IntakeService.self)
        let enrolment = try await ServiceHarness(EnrolmentService.self)
        let assessment = try await ServiceHarness(AssessmentService.self)
        let certification = try await ServiceHarness(CertificationService.self)
        let followUp = try await ServiceHarness(FollowUpService.self)

        let form = ByteBuffer.json(["fullName": "Омарова Дана", "iin": "850314410007", "programmeCode": "PD-7", "employerEmail": "hr@school.kz"])
        let operatorToken = try await intake.token(.operator)
        let created = try await intake.application().test(.router) { client in
            try await client.execute(uri: "/v1/applications", method: .post, headers: .bearer(operatorToken), body: form)
        }
        let applicationId = try created.json(StoredApplication.self).id

        let accepted = try #require(try await intake.outbox().first)
        #expect(try await enrolment.deliver(accepted.body))
        let admitted = try #require(try await enrolment.outbox().first)
        #expect(try admitted.envelope.correlationid == accepted.envelope.correlationid)

        #expect(try await intake.deliver(admitted.body))
        let application = try await intake.database.read { db in try StoredApplication.fetchOne(db, key: applicationId) }
        #expect(application?.status == .admitted)

        #expect(try await assessment.deliver(admitted.body))
        let listenerId = try admitted.payload(as: ListenerAdmitted.self).listenerId
        #expect(application?.listenerId == listenerId)
        let trainerToken = try await assessment.token(.trainer)
        let assessed = try await assessment.application().test(.router) { client in
            try await client.execute(uri: "/v1/listeners/\(listenerId)/final-assessment", method: .post, headers: .bearer(trainerToken),
                                     body: ByteBuffer(string: #"{"result":"passed","score":92,"assessedOn":"2026-11-20"}"#))
        }
        #expect(assessed.status == .ok)

        let passed = try #require(try await assessment.outbox().first)
        #expect(try await certification.deliver(passed.body))
        let issued = try #require(try await certification.outbox().first)
        #expect(try issued.payload(as: CertificateIssued.self).registrationNumber == "QDM-2026-000001")

        #expect(try await followUp.deliver(issued.body))
        let plan = try await followUp.database.read { db in try FollowUpPlan.fetchOne(db) }
        #expect(plan?.listenerId == listenerId)
        #expect(plan?.startsOn == "2026-11-20")
        #expect(plan?.endsOn == "2027-11-20")
        let opened = try #require(try await followUp.outbox().first)
        #expect(try opened.envelope.correlationid == passed.envelope.correlationid)
        #expect(try opened.envelope.causationid == issued.envelope.id)
    }
}
