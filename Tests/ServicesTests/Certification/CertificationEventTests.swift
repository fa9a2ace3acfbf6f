import CertificationService
import EventContracts
import Foundation
import GRDB
import Testing

@Suite("Certification applies assessment's events")
struct CertificationEventTests {
    @Test("the passed-listener sample issues a numbered certificate and announces it")
    func passedListenerGetsACertificate() async throws {
        let harness = try await ServiceHarness(CertificationService.self)
        let sample = try Samples.event(ListenerPassed.self)
        let passed = try sample.payload(as: ListenerPassed.self)

        #expect(try await harness.deliverSample(ListenerPassed.self))

        let certificates = try await harness.database.read { db in try Certificate.fetchAll(db) }
        let certificate = try #require(certificates.first)
        #expect(certificates.count == 1)
        #expect(certificate.registrationNumber == "QDM-2026-000001")
        #expect(certificate.listenerId == passed.listenerId)
        #expect(certificate.fullName == passed.fullName)
        #expect(certificate.programmeCode == passed.programmeCode)
        #expect(certificate.issuedOn == "2026-10-15")
        #expect(certificate.status == .valid)
        #expect(certificate.appendix?.modules == passed.modules, "the appendix's modules, hours and grades are kept")
        #expect(certificate.appendix?.totalHours == 72)
        #expect(certificate.appendix?.titleKk == passed.titleKk)

        let events = try await harness.outbox()
        #expect(events.map(\.type) == ["qadam.certification.certificate.issued.v1"])
        let issued = try #require(events.first).payload(as: CertificateIssued.self)
        #expect(issued == CertificateIssued(certificateId: certificate.id, registrationNumber: "QDM-2026-000001",
                                            listenerId: passed.listenerId, fullName: passed.fullName,
                                            programmeCode: passed.programmeCode, issuedOn: "2026-10-15"))
        #expect(try #require(events.first).envelope.causationid == sample.envelope.id)
    }

    @Test("a pass with an unreadable date is refused, spending no number, so it is retried and parked")
    func unreadableDateIsRefused() async throws {
        let harness = try await ServiceHarness(CertificationService.self)
        let body = try Samples.edited(ListenerPassed.self) { object in
            var data = object["data"] as! [String: Any]
            data["assessedOn"] = "15.10.2026"
            object["data"] = data
        }
        await #expect(throws: (any Error).self) { try await harness.deliver(body) }
        #expect(try await harness.count("certificate") == 0)
        #expect(try await harness.count("registrationCounter") == 0)
        #expect(try await harness.count("outbox") == 0)
    }

    @Test("the same passed-listener event delivered twice issues one certificate and spends one number")
    func redeliveryIssuesOnce() async throws {
        let harness = try await ServiceHarness(CertificationService.self)
        #expect(try await harness.deliverSample(ListenerPassed.self))
        #expect(try await harness.deliverSample(ListenerPassed.self) == false)

        #expect(try await harness.count("certificate") == 1)
        #expect(try await harness.count("outbox") == 1)
        let last = try await harness.database.read { db in try Int.fetchOne(db, sql: "SELECT last FROM registrationCounter WHERE year = 2026") }
        #expect(last == 1)
    }

    @Test("a version 1 pass from an assessment not yet upgraded still issues the certificate, without an appendix")
    func versionOneStillIssues() async throws {
        let harness = try await ServiceHarness(CertificationService.self)
        #expect(try await harness.deliverSample(ListenerPassedV1.self))
        let certificate = try #require(try await harness.database.read { db in try Certificate.fetchOne(db) })
        #expect(certificate.listenerId == (try Samples.payload(ListenerPassedV1.self)).listenerId)
        #expect(certificate.appendix == nil)
    }

    @Test("the version 1 copy an upgraded assessment publishes beside version 2 is left alone: one certificate, with its appendix")
    func versionOneBesideVersionTwoIsIgnored() async throws {
        let harness = try await ServiceHarness(CertificationService.self)
        let passed = try Samples.payload(ListenerPassed.self)
        #expect(try await harness.deliver(try eventBody(passed.legacy)))
        #expect(try await harness.count("certificate") == 0)
        #expect(try await harness.deliver(try eventBody(passed)))
        #expect(try await harness.count("certificate") == 1)
        #expect(try await harness.database.read { db in try Certificate.fetchOne(db) }?.appendix != nil)
    }
}
