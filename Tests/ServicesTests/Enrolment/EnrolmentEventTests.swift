import EventContracts
@testable import EnrolmentService
import Foundation
import GRDB
import Messaging
import Testing

@Suite("Enrolment applies intake's events")
struct EnrolmentEventTests {
    @Test("the accepted-candidate sample is placed in the planned group of its programme and language, and its admission announced")
    func acceptedCandidateIsAdmitted() async throws {
        let harness = try await ServiceHarness(EnrolmentService.self)
        let planned = try await harness.planGroup("PD-2026-014-KK-1")
        let sample = try Samples.event(CandidateAccepted.self)
        let candidate = try sample.payload(as: CandidateAccepted.self)

        #expect(try await harness.deliverSample(CandidateAccepted.self))

        let listeners = try await harness.database.read { db in try Listener.fetchAll(db) }
        let listener = try #require(listeners.first)
        #expect(listeners.count == 1)
        #expect(listener.candidateId == candidate.candidateId)
        #expect(listener.employerOrganisationId == candidate.employer.organisationId)
        #expect(listener.fullName == candidate.fullName)
        #expect(listener.programmeCode == candidate.programmeCode)
        #expect(listener.employerEmail == candidate.employer.email)
        #expect(listener.groupId == planned.id)

        let events = try await harness.outbox().filter { $0.type == "qadam.enrolment.listener.admitted.v1" }
        #expect(events.count == 1)
        let admitted = try #require(events.first).payload(as: ListenerAdmitted.self)
        #expect(admitted.listenerId == listener.id)
        #expect(admitted.candidateId == candidate.candidateId)
        #expect(admitted.groupId == planned.id)
        #expect(admitted.groupCode == "PD-2026-014-KK-1")
        #expect((admitted.stream?.startsOn, admitted.stream?.endsOn) == ("2026-09-07", "2026-09-18"), "the group's stream goes with it")
        let envelope = try #require(events.first).envelope
        #expect(envelope.correlationid == sample.envelope.correlationid)
        #expect(envelope.causationid == sample.envelope.id)
        #expect(envelope.source == "/qadam/enrolment")
    }

    @Test("the same accepted-candidate event delivered twice places once")
    func redeliveryAdmitsOnce() async throws {
        let harness = try await ServiceHarness(EnrolmentService.self)
        try await harness.planGroup("PD-2026-014-KK-1")
        #expect(try await harness.deliverSample(CandidateAccepted.self))
        #expect(try await harness.deliverSample(CandidateAccepted.self) == false)

        #expect(try await harness.count("listener") == 1)
        #expect(try await harness.count("waitingCandidate") == 0)
        #expect(try await harness.outbox().filter { $0.type == "qadam.enrolment.listener.admitted.v1" }.count == 1)
        #expect(try await harness.count("inbox") == 1)
    }

    @Test("a version 1 event from an intake not yet upgraded still admits its candidate")
    func versionOneStillAdmits() async throws {
        let harness = try await ServiceHarness(EnrolmentService.self)
        let old = try Samples.payload(CandidateAcceptedV1.self)
        #expect(try await harness.deliverSample(CandidateAcceptedV1.self))
        // Version 1 said no language: such a candidate waits for a Russian group.
        #expect(try await harness.placements().waiting == [old.fullName])
        try await harness.planGroup("\(old.programmeCode)-RU-1", programmeCode: old.programmeCode, language: .ru)

        let listener = try #require(try await harness.database.read { db in try Listener.fetchOne(db) })
        #expect(listener.candidateId == old.candidateId)
        #expect(listener.employerEmail == old.employerEmail)
        #expect(listener.programmeCode == old.programmeCode)
    }

    @Test("fields a newer producer adds are ignored")
    func unknownFieldsAreIgnored() async throws {
        let harness = try await ServiceHarness(EnrolmentService.self)
        let body = try Samples.edited(CandidateAccepted.self) { object in
            var data = object["data"] as! [String: Any]
            data["studyForm"] = "blended"
            data["employer"] = (data["employer"] as! [String: Any]).merging(["phone": "+77112000000"]) { $1 }
            object["data"] = data
            object["traceparent"] = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"
        }
        #expect(try await harness.deliver(body))
        #expect(try await harness.count("waitingCandidate") == 1)
    }

    @Test("the admission carries the candidate's id under its one name, and under its former one for consumers not yet upgraded")
    func candidateIdOnTheWire() async throws {
        let harness = try await ServiceHarness(EnrolmentService.self)
        try await harness.planGroup("PD-2026-014-KK-1")
        #expect(try await harness.deliverSample(CandidateAccepted.self))
        let admitted = try #require(try await harness.outbox().first { $0.routingKey == "enrolment.listener.admitted" })
        let data = try #require(try JSONSerialization.jsonObject(with: admitted.body) as? [String: Any])["data"] as? [String: Any]
        let candidateId = try Samples.payload(CandidateAccepted.self).candidateId
        #expect(data?["candidateId"] as? String == candidateId)
        #expect(data?["applicationId"] as? String == candidateId)
        // And one from an enrolment not yet upgraded, with only the former name, still reads.
        let old = try Samples.edited(ListenerAdmitted.self) { object in
            var data = object["data"] as! [String: Any]
            data["candidateId"] = nil
            object["data"] = data
        }
        let event = try ReceivedEvent(body: old).payload(as: ListenerAdmitted.self)
        #expect(try event.candidateId == Samples.payload(ListenerAdmitted.self).candidateId)
    }

    @Test("intake's corrections of an organisation keep enrolment's copy of the employer current, the latest winning")
    func employerCopy() async throws {
        let harness = try await ServiceHarness(EnrolmentService.self)
        try await harness.planGroup("PD-2026-014-KK-1")
        #expect(try await harness.deliverSample(CandidateAccepted.self))
        let accepted = try Samples.payload(CandidateAccepted.self).employer
        let id = try #require(accepted.organisationId)
        #expect(try await harness.database.read { db in try Employer.fetchOne(db, key: id)?.email } == accepted.email)
        #expect(try await harness.deliverSample(OrganisationUpdated.self))
        let corrected = try Samples.payload(OrganisationUpdated.self)
        #expect(try await harness.database.read { db in try Employer.fetchOne(db, key: id)?.email } == corrected.email)
        var stale = corrected
        stale.email = "stale@school17.edu.kz"
        stale.updatedAt = corrected.updatedAt.addingTimeInterval(-60)
        #expect(try await harness.deliver(try eventBody(stale)))
        #expect(try await harness.database.read { db in try Employer.fetchOne(db, key: id)?.email } == corrected.email)
        // Staff read the address the next notice goes to, not the one given on acceptance.
        let listener = try #require(try await harness.database.read { db in try Listener.fetchOne(db) })
        #expect(listener.employerEmail == corrected.email)
        #expect(listener.employerPostalAddress == corrected.postalAddress)
    }

    @Test("a candidate who waited through a correction of their employer is admitted with the corrected address")
    func correctionWhileWaiting() async throws {
        let harness = try await ServiceHarness(EnrolmentService.self)
        #expect(try await harness.deliverSample(CandidateAccepted.self))
        #expect(try await harness.deliverSample(OrganisationUpdated.self))
        try await harness.planGroup("PD-2026-014-KK-1")
        let corrected = try Samples.payload(OrganisationUpdated.self)
        let listener = try #require(try await harness.database.read { db in try Listener.fetchOne(db) })
        #expect(listener.employerEmail == corrected.email)
        #expect(listener.employerNameRu == corrected.nameRu)
    }
}
