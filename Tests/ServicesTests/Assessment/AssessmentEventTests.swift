@testable import AssessmentService
import EventContracts
import Foundation
import GRDB
import Messaging
import Testing

@Suite("Assessment applies enrolment's events")
struct AssessmentEventTests {
    @Test("the admitted-listener sample gives assessment its own copy of the listener")
    func admittedListenerIsCopied() async throws {
        let harness = try await ServiceHarness(AssessmentService.self)
        let admitted = try Samples.payload(ListenerAdmitted.self)

        #expect(try await harness.deliverSample(ListenerAdmitted.self))

        let listener = try #require(try await harness.database.read { db in try AssessedListener.fetchOne(db, key: admitted.listenerId) })
        #expect(listener.fullName == admitted.fullName)
        #expect(listener.programmeCode == admitted.programmeCode)
        #expect(listener.groupId == admitted.groupId)
        #expect(listener.admittedAt == admitted.admittedAt)
        #expect(try await harness.database.read { db in try ListenerView.of(admitted.listenerId, in: db) }.finalResult == nil)
        #expect(listener.candidateId == admitted.candidateId)
        #expect(try await harness.count("attempt") == 1, "the first attempt is taken with the group")
        #expect(try await harness.count("outbox") == 0, "assessment announces nothing until a result is decided")
    }

    @Test("a transferred listener is kept, results and all, in the group enrolment moved them to")
    func transferMovesTheListener() async throws {
        let harness = try await ServiceHarness(AssessmentService.self)
        let moved = try Samples.payload(ListenerTransferred.self)
        #expect(try await harness.deliverSample(ListenerAdmitted.self))
        #expect(try await harness.deliverSample(ListenerTransferred.self))
        let listener = try #require(try await harness.database.read { db in try AssessedListener.fetchOne(db, key: moved.listenerId) })
        #expect(listener.groupId == moved.toGroupId)
        let group = try #require(try await harness.database.read { db in try AssessedGroup.fetchOne(db, key: moved.toGroupId) })
        #expect((group.startsOn, group.endsOn) == (moved.toStream?.startsOn, moved.toStream?.endsOn), "the new group's dates come with the move")
        #expect(try await harness.count("listener") == 1)
    }

    @Test("the same admitted-listener event delivered twice is applied once")
    func redeliveryAppliesOnce() async throws {
        let harness = try await ServiceHarness(AssessmentService.self)
        #expect(try await harness.deliverSample(ListenerAdmitted.self))
        #expect(try await harness.deliverSample(ListenerAdmitted.self) == false)
        #expect(try await harness.count("listener") == 1)
        #expect(try await harness.count("inbox") == 1)
    }

    @Test("an expulsion marks the listener once; one of a listener not yet admitted fails, to be retried and parked")
    func expulsionMarksTheListener() async throws {
        let harness = try await ServiceHarness(AssessmentService.self)
        await #expect(throws: NotYetKnown.self) { try await harness.deliverSample(ListenerExpelled.self) }
        #expect(try await harness.count("inbox") == 0, "the failed delivery leaves nothing behind")

        #expect(try await harness.deliverSample(ListenerAdmitted.self))
        #expect(try await harness.deliverSample(ListenerExpelled.self))
        #expect(try await harness.deliverSample(ListenerExpelled.self) == false)
        let expelled = try Samples.payload(ListenerExpelled.self)
        let listener = try #require(try await harness.database.read { db in try AssessedListener.fetchOne(db, key: expelled.listenerId) })
        #expect(listener.expelledOn == expelled.expelledOn)
    }

    @Test("a trainer's assignment gives assessment the group's dates and the trainer who grades it")
    func trainerAssignmentIsKept() async throws {
        let harness = try await ServiceHarness(AssessmentService.self)
        let assigned = try Samples.payload(TrainerAssigned.self)
        #expect(try await harness.deliverSample(TrainerAssigned.self))
        let group = try #require(try await harness.database.read { db in try AssessedGroup.fetchOne(db, key: assigned.groupId) })
        #expect((group.startsOn, group.endsOn) == (assigned.stream?.startsOn, assigned.stream?.endsOn))
        #expect(try await harness.database.read { db in try group.trainerIds(in: db) } == [assigned.trainerId])
    }

    @Test("the approved-programme sample gives its programme an assessment plan")
    func approvedProgrammeGetsAPlan() async throws {
        let harness = try await ServiceHarness(AssessmentService.self)
        let programme = try Samples.payload(ProgrammeApproved.self)
        #expect(try await harness.deliverSample(ProgrammeApproved.self))
        let plan = try #require(try await harness.database.read { db in try AssessmentPlan.fetchOne(db, key: programme.code) })
        #expect(plan.modules.map(\.name) == programme.modules.map(\.name))
        #expect(plan.modules.map(\.forms) == [[.test], [.project]])
    }
}
