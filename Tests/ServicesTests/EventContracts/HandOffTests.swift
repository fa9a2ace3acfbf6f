@testable import AssessmentService
import CertificationService
import EventContracts
import EnrolmentService
@testable import FollowUpService
import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
@testable import IntakeService
import ServiceKit
import Testing

/// The samples are promises; this holds the producers to them too: what each service actually
/// leaves in its outbox is handed, byte for byte, to the services that consume it.
@Suite("Hand-offs between services, without a broker")
struct HandOffTests {
    @Test("a teacher on a school's request, accepted by intake, ends in a follow-up plan, each service applying the last one's event")
    func requestToFollowUpPlan() async throws {
        let (intake, schoolId, schoolToken) = try await IntakeFixtures.school()
        let enrolment = try await ServiceHarness(EnrolmentService.self)
        try await enrolment.planGroup("PD-7-RU-1", programmeCode: "PD-7", language: .ru)
        let certification = try await ServiceHarness(CertificationService.self)
        let followUp = try await ServiceHarness(FollowUpService.self)

        let form = ByteBuffer.json(["programmeCode": "PD-7", "language": "ru", "funding": "employer",
                                    "teachers": [["fullName": "Омарова Дана", "iin": "850314410007"]]])
        let created = try await intake.application().test(.router) { client in
            try await client.execute(uri: "/v1/requests", method: .post, headers: .bearer(schoolToken), body: form)
        }
        let candidateId = try created.json(RequestView.self).candidates[0].id
        #expect(try await intake.outbox().isEmpty, "nothing is announced before the file is complete")
        try await IntakeFixtures.completeFile(of: candidateId, in: intake, uploader: schoolToken,
                                                   reviewer: try await intake.token(.operator))

        let accepted = try #require(try await intake.outbox().first)
        let candidate = try accepted.payload(as: CandidateAccepted.self)
        #expect(candidate.candidateId == candidateId)
        #expect(candidate.employer.organisationId == schoolId)
        #expect(candidate.employer.email == "school17@edu.uralsk.kz")
        #expect(try accepted.payloadKeys.contains("iin") == false, "the event carries no IIN")
        #expect(try await enrolment.deliver(accepted.body))
        let admitted = try #require(try await enrolment.outbox().last)
        #expect(try admitted.envelope.correlationid == accepted.envelope.correlationid)

        #expect(try await intake.deliver(admitted.body))
        #expect(try await Self.status(of: candidateId, in: intake) == .admitted)

        // Enrolment admits on the wall clock; the result is dated on the day of the admission
        // at the centre, the earliest day a result may have.
        let admission = try admitted.payload(as: ListenerAdmitted.self)
        let admittedOn = CalendarDate(admission.admittedAt, in: Today.defaultTimeZone)
        let assessment = try await ServiceHarness(AssessmentService.self, today: admittedOn.description)
        #expect(try await assessment.deliver(admitted.body))
        let listenerId = admission.listenerId
        // Assessment's plan comes from enrolment's approval of the programme.
        let approved = try #require(try await enrolment.outbox().first { $0.type == "qadam.enrolment.programme.approved.v1" })
        #expect(try await assessment.deliver(approved.body))
        let operatorToken = try await assessment.token(.operator)
        for part in ["1", "2", "final"] {
            let graded = try await assessment.send(.put, "/v1/listeners/\(listenerId)/grades/\(part)",
                                                   ["points": 92, "assessedOn": admittedOn.description], token: operatorToken)
            #expect(graded.status == .ok)
        }
        #expect(try await assessment.outbox().isEmpty, "nothing is decided before the course is completed")

        // The rector's admission order names the listener; the course's end decides the result.
        let rector = try await enrolment.token(.rector)
        let groupId = admission.groupId
        #expect(try await enrolment.send(.post, "/v1/groups/\(groupId)/admission-order", EnrolmentFixtures.admissionOrder,
                                         token: rector).status == .created)
        #expect(try await enrolment.send(.post, "/v1/groups/\(groupId)/completion", ["completedOn": "2026-09-18"], token: rector).status
                == .ok)
        let completed = try #require(try await enrolment.outbox().last)
        #expect(completed.type == "qadam.enrolment.group.completed.v1")
        #expect(try await assessment.deliver(completed.body))

        let passed = try #require(try await assessment.outbox().first)
        #expect(try await intake.deliver(passed.body))
        #expect(try await Self.status(of: candidateId, in: intake) == .completed)
        #expect(try await certification.deliver(passed.body))
        let issued = try #require(try await certification.outbox().first)
        #expect(try issued.payload(as: CertificateIssued.self).registrationNumber == "QDM-\(admittedOn.year)-000001")
        #expect(try await intake.deliver(issued.body))
        #expect(try await Self.status(of: candidateId, in: intake) == .certified)

        #expect(try await followUp.deliver(issued.body))
        let plan = try await followUp.database.read { db in try FollowUpPlan.fetchOne(db) }
        #expect(plan?.listenerId == listenerId)
        #expect(plan?.startsOn == admittedOn)
        #expect(plan?.endsOn.year == admittedOn.year + 1)
        let opened = try #require(try await followUp.outbox().first)
        #expect(try opened.envelope.correlationid == passed.envelope.correlationid)
        #expect(try opened.envelope.causationid == issued.envelope.id)
    }

    @Test("an assessment that missed enrolment's approvals and trainers' assignments learns them from `enrolment announce`")
    func announcedAgain() async throws {
        let enrolment = try await ServiceHarness(EnrolmentService.self)
        let group = try await enrolment.planGroup("PD-2026-014-KK-1")
        let trainer = try await enrolment.send(.post, "/v1/trainers", [
            "fullName": "Жұмабаева Сәуле", "category": "university-staff", "engagement": "internal", "industryExperienceYears": 0,
            "contract": ["kind": "employment-addendum", "number": "ДС-1", "validFrom": "2026-01-01", "validUntil": "2027-12-31"]
                as [String: any Sendable],
        ], token: try await enrolment.token(.operator)).json(Trainer.self)
        #expect(try await enrolment.send(.post, "/v1/groups/\(group.id)/trainers", ["trainerId": trainer.id],
                                         token: try await enrolment.token(.programmeLeader)).status == .created)
        let before = try await enrolment.count("outbox")

        let queued = try await enrolment.database.write { db in
            try EnrolmentService.announceAgain(outbox: enrolment.environment.outbox, in: db)
        }
        #expect(queued == 2)
        let again = Array(try await enrolment.outbox().dropFirst(before))
        #expect(again.map(\.type) == ["qadam.enrolment.programme.approved.v1", "qadam.enrolment.trainer.assigned.v1"])

        let assessment = try await ServiceHarness(AssessmentService.self)
        for event in again { #expect(try await assessment.deliver(event.body)) }
        let plan = try await assessment.database.read { db in try AssessmentPlan.fetchOne(db, key: "PD-2026-014") }
        #expect(plan?.leaderId == "tester", "the programme's author, as the approval names them")
        let trainers = try await assessment.database.read { db in try AssessedGroup.fetchOne(db, key: group.id)?.trainerIds(in: db) }
        #expect(trainers == [trainer.id])
    }

    @Test("intake and follow-up, given certificates' events after some were published, learn them from `certification announce`")
    func certificatesAnnouncedAgain() async throws {
        let certification = try await ServiceHarness(CertificationService.self)
        try await certification.deliverSample(ListenerPassed.self)
        let issued = try #require(try await certification.outbox().first)
        let certificateId = try issued.payload(as: CertificateIssued.self).certificateId
        let revoked = try await certification.send(.post, "/v1/certificates/\(certificateId)/revocation", ["reason": "issued-in-error"],
                                                   token: try await certification.token(.operator))
        #expect(revoked.status == .ok)

        // Intake had the issue before it kept PD records: its inbox refuses the event as seen.
        let intake = try await IntakeFixtures.harness()
        let candidate = try await IntakeEventTests.acceptedCandidate(in: intake)
        try await intake.deliverSample(ListenerAdmitted.self)
        try await intake.database.write { db in
            try db.execute(sql: "INSERT INTO inbox (consumer, eventId, type, receivedAt) VALUES ('intake', ?, ?, ?)",
                           arguments: [try issued.envelope.id, issued.type, Date()])
        }
        #expect(try await intake.deliver(issued.body) == false)
        let followUp = try await ServiceHarness(FollowUpService.self)

        let before = try await certification.count("outbox")
        let queued = try await certification.database.write { db in
            try CertificationService.announceAgain(outbox: certification.environment.outbox, in: db)
        }
        #expect(queued == 2)
        let again = Array(try await certification.outbox().dropFirst(before))
        #expect(again.map(\.routingKey) == ["certification.certificate.issued", "certification.certificate.revoked"])
        for event in again {
            #expect(try await intake.deliver(event.body))
            #expect(try await followUp.deliver(event.body))
        }

        let pdCertificate = try await intake.database.read { db in try PDCertificate.fetchOne(db, key: certificateId) }
        #expect(pdCertificate?.candidateId == candidate.id)
        #expect(pdCertificate?.status == .revoked)
        let plan = try await followUp.database.read { db in try FollowUpPlan.fetchOne(db) }
        #expect(plan?.closeReason == .certificateRevoked)

        // Announced once more, under new ids again: the consumers take the copies, and nothing changes.
        let (secondRun, planEvents) = (try await certification.count("outbox"), try await followUp.count("outbox"))
        _ = try await certification.database.write { db in
            try CertificationService.announceAgain(outbox: certification.environment.outbox, in: db)
        }
        for event in try await certification.outbox().dropFirst(secondRun) {
            #expect(try await intake.deliver(event.body))
            #expect(try await followUp.deliver(event.body))
        }
        #expect(try await intake.database.read { db in try PDCertificate.fetchAll(db) } == [try #require(pdCertificate)])
        #expect(try await followUp.count("outbox") == planEvents, "no plan opened or closed again")
        #expect(try await followUp.count("plan") == 1)
    }

    /// The status the school sees for its teacher.
    static func status(of candidateId: String, in intake: ServiceHarness<IntakeService>) async throws -> Candidate.Status? {
        let token = try await intake.token(.operator)
        return try await intake.application().test(.router) { client in
            try await client.execute(uri: "/v1/candidates/\(candidateId)", method: .get, headers: .bearer(token))
                .json(CandidateView.self).candidate.status
        }
    }
}
