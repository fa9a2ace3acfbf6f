import EventContracts
import Foundation
import GRDB
@testable import IntakeService
import Messaging
import Testing

@Suite("Intake follows its candidates through the other services' events")
struct IntakeEventTests {
    /// An accepted candidate whose id is the one enrolment's sample names.
    static func acceptedCandidate(in harness: ServiceHarness<IntakeService>) async throws -> Candidate {
        let admitted = try Samples.payload(ListenerAdmitted.self)
        let time = Date(timeIntervalSince1970: 1_788_000_000)
        let candidate = Candidate(
            id: admitted.candidateId, requestId: nil, organisationId: nil, fullName: "Сәрсенова Айгүл Маратқызы",
            iin: "850314410007", position: nil, email: nil, programmeCode: "PD-2026-014", language: .kk, funding: .own,
            employerEmail: "school17@edu.uralsk.kz", status: .accepted, listenerId: nil, submittedBy: "operator",
            createdAt: time, updatedAt: time)
        try await harness.database.write { db in try candidate.insert(db) }
        return candidate
    }

    static func stored(_ id: String, _ harness: ServiceHarness<IntakeService>) async throws -> Candidate? {
        try await harness.database.read { db in try Candidate.fetchOne(db, key: id) }
    }

    @Test("admitted, passed, certified: the candidate's status follows, keyed by the listener once admitted")
    func statusFollowsTheListener() async throws {
        let harness = try await IntakeFixtures.harness()
        let candidate = try await Self.acceptedCandidate(in: harness)
        let admitted = try Samples.payload(ListenerAdmitted.self)

        #expect(try await harness.deliverSample(ListenerAdmitted.self))
        #expect(try await Self.stored(candidate.id, harness)?.status == .admitted)
        #expect(try await Self.stored(candidate.id, harness)?.listenerId == admitted.listenerId)

        var passed = try Samples.payload(ListenerPassed.self)
        passed.listenerId = admitted.listenerId
        // The version 1 copy published beside version 2 is left alone; version 2 completes the course.
        try await harness.deliver(try eventBody(passed.legacy))
        #expect(try await Self.stored(candidate.id, harness)?.status == .admitted)
        try await harness.deliver(try eventBody(passed))
        #expect(try await Self.stored(candidate.id, harness)?.status == .completed)

        try await harness.deliver(try eventBody(CertificateIssued(
            certificateId: "00000000-0000-7000-8000-000000000001", registrationNumber: "QDM-2027-000001", listenerId: admitted.listenerId,
            fullName: candidate.fullName, programmeCode: "PD-2026-014", issuedOn: "2027-02-27")))
        #expect(try await Self.stored(candidate.id, harness)?.status == .certified)
    }

    @Test("an expelled listener shows as expelled; a late pass does not undo it")
    func expulsionIsFinal() async throws {
        let harness = try await IntakeFixtures.harness()
        let candidate = try await Self.acceptedCandidate(in: harness)
        let admitted = try Samples.payload(ListenerAdmitted.self)
        #expect(try await harness.deliverSample(ListenerAdmitted.self))
        #expect(try await harness.deliverSample(ListenerDismissed.self))
        #expect(try await Self.stored(candidate.id, harness)?.status == .expelled)

        try await harness.deliver(try eventBody(ListenerPassedV1(listenerId: admitted.listenerId, fullName: candidate.fullName,
                                                                 programmeCode: "PD-2026-014", score: 60, assessedOn: "2027-02-26")))
        #expect(try await Self.stored(candidate.id, harness)?.status == .expelled)
    }

    @Test("a pass for a listener intake has not seen admitted fails, to be retried and parked, not dropped")
    func passBeforeAdmissionIsNotDropped() async throws {
        let harness = try await IntakeFixtures.harness()
        _ = try await Self.acceptedCandidate(in: harness)
        let handled = try await harness.count("inbox")
        await #expect(throws: NotYetKnown.self) {
            try await harness.deliver(try eventBody(ListenerPassedV1(listenerId: "not-yet-admitted", fullName: "Ә",
                                                                     programmeCode: "PD-2026-014", score: 80, assessedOn: "2027-02-26")))
        }
        #expect(try await harness.count("inbox") == handled, "not recorded as handled, so a replay applies it")
    }

    @Test("a status never moves back: an admission that arrives after the certificate changes nothing")
    func statusOnlyMovesForward() async throws {
        #expect(Candidate.Status.certified.advanced(to: .admitted) == .certified)
        #expect(Candidate.Status.accepted.advanced(to: .completed) == .completed)
        #expect(Candidate.Status.withdrawn.advanced(to: .admitted) == .withdrawn)
        #expect(Candidate.Status.admitted.advanced(to: .expelled) == .expelled)
    }

    @Test("the same admitted-listener event delivered twice changes the candidate once")
    func redeliveryChangesOnce() async throws {
        let harness = try await IntakeFixtures.harness()
        let candidate = try await Self.acceptedCandidate(in: harness)
        let handled = try await harness.count("inbox")

        #expect(try await harness.deliverSample(ListenerAdmitted.self))
        let first = try await Self.stored(candidate.id, harness)
        #expect(try await harness.deliverSample(ListenerAdmitted.self) == false)
        let second = try await Self.stored(candidate.id, harness)

        #expect(first?.status == .admitted)
        #expect(second == first, "a second application of the event would have moved updatedAt")
        #expect(try await harness.count("inbox") == handled + 1)
    }

    @Test("an admission for a candidate intake does not have changes nothing")
    func admissionForUnknownCandidate() async throws {
        let harness = try await IntakeFixtures.harness()
        let original = try await Self.acceptedCandidate(in: harness)
        try await harness.database.write { db in
            try db.execute(sql: "UPDATE candidate SET id = 'another-candidate' WHERE id = ?", arguments: [original.id])
        }
        var other = original
        other.id = "another-candidate"
        let expected = other

        #expect(try await harness.deliverSample(ListenerAdmitted.self))
        #expect(try await Self.stored("another-candidate", harness) == expected)
    }
}
