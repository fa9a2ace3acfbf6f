import Contracts
import Foundation
import GRDB
import IntakeService
import Testing

@Suite("Intake applies enrolment's events")
struct IntakeEventTests {
    @Test("the admitted-listener sample marks the candidate's application admitted")
    func admittedListenerUpdatesApplication() async throws {
        let harness = try await ServiceHarness(IntakeService.self)
        let admitted = try Samples.payload(ListenerAdmitted.self)
        try await harness.database.write { db in try StoredApplication.accepted(id: admitted.applicationId).insert(db) }

        #expect(try await harness.deliverSample(ListenerAdmitted.self))

        let application = try await harness.database.read { db in try StoredApplication.fetchOne(db, key: admitted.applicationId) }
        #expect(application?.status == .admitted)
        #expect(application?.listenerId == admitted.listenerId)
    }

    @Test("the same admitted-listener event delivered twice changes the application once")
    func redeliveryChangesOnce() async throws {
        let harness = try await ServiceHarness(IntakeService.self)
        let admitted = try Samples.payload(ListenerAdmitted.self)
        try await harness.database.write { db in try StoredApplication.accepted(id: admitted.applicationId).insert(db) }

        #expect(try await harness.deliverSample(ListenerAdmitted.self))
        let first = try await harness.database.read { db in try StoredApplication.fetchOne(db, key: admitted.applicationId) }
        #expect(try await harness.deliverSample(ListenerAdmitted.self) == false)
        let second = try await harness.database.read { db in try StoredApplication.fetchOne(db, key: admitted.applicationId) }

        #expect(first?.status == .admitted)
        #expect(second == first, "a second application of the event would have moved updatedAt")
        #expect(try await harness.count("inbox") == 1)
    }

    @Test("an admission for an application intake does not have changes nothing")
    func admissionForUnknownApplication() async throws {
        let harness = try await ServiceHarness(IntakeService.self)
        try await harness.database.write { db in try StoredApplication.accepted(id: "another-application").insert(db) }

        #expect(try await harness.deliverSample(ListenerAdmitted.self))

        let applications = try await harness.database.read { db in try StoredApplication.fetchAll(db) }
        #expect(applications.map(\.id) == ["another-application"])
        #expect(applications.first?.status == .accepted)
    }
}
