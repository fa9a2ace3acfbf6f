import Contracts
import EnrolmentService
import Foundation
import GRDB
import Messaging
import Testing

@Suite("Enrolment applies intake's events")
struct EnrolmentEventTests {
    @Test("the accepted-candidate sample admits a listener to the programme's group and announces it")
    func acceptedCandidateIsAdmitted() async throws {
        let harness = try await ServiceHarness(EnrolmentService.self)
        let sample = try Samples.event(CandidateAccepted.self)
        let candidate = try sample.payload(as: CandidateAccepted.self)

        #expect(try await harness.deliverSample(CandidateAccepted.self))

        let listeners = try await harness.database.read { db in try Listener.fetchAll(db) }
        let listener = try #require(listeners.first)
        #expect(listeners.count == 1)
        #expect(listener.applicationId == candidate.candidateId)
        #expect(listener.fullName == candidate.fullName)
        #expect(listener.programmeCode == candidate.programmeCode)
        #expect(listener.employerEmail == candidate.employer.email)
        let group = try await harness.database.read { db in try StudyGroup.fetchOne(db, key: listener.groupId) }
        #expect(group?.code == "PD-2026-014-01")
        #expect(group?.programmeCode == "PD-2026-014")

        let events = try await harness.outbox()
        #expect(events.map(\.type) == ["qadam.enrolment.listener.admitted.v1"])
        let admitted = try #require(events.first).payload(as: ListenerAdmitted.self)
        #expect(admitted.listenerId == listener.id)
        #expect(admitted.applicationId == candidate.candidateId)
        #expect(admitted.groupId == listener.groupId)
        #expect(admitted.groupCode == "PD-2026-014-01")
        let envelope = try #require(events.first).envelope
        #expect(envelope.correlationid == sample.envelope.correlationid)
        #expect(envelope.causationid == sample.envelope.id)
        #expect(envelope.source == "/qadam/enrolment")
    }

    @Test("the same accepted-candidate event delivered twice admits once")
    func redeliveryAdmitsOnce() async throws {
        let harness = try await ServiceHarness(EnrolmentService.self)
        #expect(try await harness.deliverSample(CandidateAccepted.self))
        #expect(try await harness.deliverSample(CandidateAccepted.self) == false)

        #expect(try await harness.count("listener") == 1)
        #expect(try await harness.count("group") == 1)
        #expect(try await harness.count("outbox") == 1)
        #expect(try await harness.count("inbox") == 1)
    }

    @Test("candidates for one programme share its group; another programme gets its own")
    func groupPerProgramme() async throws {
        let harness = try await ServiceHarness(EnrolmentService.self)
        for (id, programme) in [("app-1", "PD-A"), ("app-2", "PD-A"), ("app-3", "PD-B")] {
            try await harness.deliver(try eventBody(CandidateAccepted(
                candidateId: id, requestId: nil, fullName: "Тыңдаушы \(id)", programmeCode: programme, language: "ru",
                funding: "employer", employer: .init(organisationId: nil, nameKk: nil, nameRu: nil, email: "school@edu.kz", postalAddress: nil),
                acceptedAt: Date())))
        }
        let groups = try await harness.database.read { db in
            try Listener.fetchAll(db).reduce(into: [String: String]()) { $0[$1.applicationId] = $1.groupId }
        }
        #expect(groups["app-1"] == groups["app-2"])
        #expect(groups["app-1"] != groups["app-3"])
        #expect(try await harness.count("group") == 2)
    }

    @Test("a version 1 event from an intake not yet upgraded still admits its candidate")
    func versionOneStillAdmits() async throws {
        let harness = try await ServiceHarness(EnrolmentService.self)
        let old = try Samples.payload(CandidateAcceptedV1.self)
        #expect(try await harness.deliverSample(CandidateAcceptedV1.self))

        let listener = try #require(try await harness.database.read { db in try Listener.fetchOne(db) })
        #expect(listener.applicationId == old.applicationId)
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
        #expect(try await harness.count("listener") == 1)
    }
}
