@testable import CertificationService
import EventContracts
import Foundation
import GRDB
import Mail
import ServiceKit
import TestSupport
import Testing

/// A pass becomes one numbered certificate, its PDF kept as issued, and a letter to its holder.
@Suite("Issuing certificates")
struct CertificateIssuingTests {
    static func accepted(sex: Sex?, email: String?) throws -> CandidateAccepted {
        var accepted = try Samples.payload(CandidateAccepted.self)
        accepted.candidateId = try Samples.payload(ListenerPassed.self).candidateId!
        accepted.holder = .init(sex: sex, email: email)
        return accepted
    }

    @Test("what intake said of the holder gives the Russian verb its gender and the certificate its letter, PDF attached")
    func holderKnown() async throws {
        let harness = try await ServiceHarness(CertificationService.self)
        try await harness.deliver(try eventBody(try Self.accepted(sex: .female, email: "a.sarsenova@mail.kz")))
        try await harness.deliverSample(ListenerPassed.self)

        let (certificate, file, mail) = try await harness.database.read { db in
            let certificate = try #require(try Certificate.fetchOne(db))
            return (certificate, try #require(try CertificateFile.fetchOne(db, key: certificate.id)), try Mail.fetchAll(db))
        }
        #expect(certificate.sex == .female)
        #expect(certificate.rector == "А. Б. Жұмабаев")
        #expect(file.sha256 == CertificateFiles.sha256(file.pdf))
        #expect(try await PDFText.extract(file.pdf).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            .contains("Маратқызы прошла курс"))
        #expect(mail.map(\.recipient) == ["a.sarsenova@mail.kz"])
        #expect(mail.first?.reference == "certificate:\(certificate.id)")
        let letter = String(decoding: try #require(mail.first).content, as: UTF8.self)
        #expect(letter.contains("filename=\"QDM-2026-000001.pdf\""))
        // Every cairo PDF begins alike: the whole file's base64, its line breaks aside, is what tells.
        #expect(letter.replacingOccurrences(of: "\r\n", with: "").contains(file.pdf.base64EncodedString()),
                "the PDF issued is the one attached")
    }

    @Test("without a word from intake: «прошел(ла)», and no letter, for there is no address")
    func holderUnknown() async throws {
        let harness = try await CertificationFixtures.issued()
        let certificate = try #require(try await harness.database.read { db in try Certificate.fetchOne(db) })
        #expect(certificate.sex == nil)
        #expect(try await harness.count("mail") == 0)
        #expect(try await harness.count("certificateFile") == 1)
    }

    @Test("the rector is the one in office on the day of issue (PROVIDER_RECTORS)")
    func rectorOfTheDay() async throws {
        let harness = try await ServiceHarness(CertificationService.self, settings: [
            "PROVIDER_RECTORS": "2019-09-01=Жұмабаев А. Б.;2026-10-10=Сапарова Г. К.",
        ])
        try await harness.deliver(try eventBody(try CertificationFixtures.passed("before", on: "2026-10-09")))
        try await harness.deliver(try eventBody(try CertificationFixtures.passed("after", on: "2026-10-10")))
        let rectors = try await harness.database.read { db in
            Dictionary(uniqueKeysWithValues: try Certificate.fetchAll(db).map { ($0.listenerId, $0.rector) })
        }
        #expect(rectors == ["before": "Жұмабаев А. Б.", "after": "Сапарова Г. К."])
    }

    @Test("a pass that cannot be printed uses no number: the next certificate takes it, and none is missing")
    func failedIssueUsesNoNumber() async throws {
        let harness = try await ServiceHarness(CertificationService.self)
        var unprintable = try CertificationFixtures.passed("unprintable", on: "2026-10-15")
        unprintable.fullName = "\u{10FFFD}\u{10FFFC}"
        await #expect(throws: (any Error).self) { try await harness.deliver(try eventBody(unprintable)) }
        try await harness.deliver(try eventBody(try CertificationFixtures.passed("next", on: "2026-10-15")))

        #expect(try await CertificationFixtures.numbers(harness) == ["next": "QDM-2026-000001"])
        #expect(try await harness.count("certificateFile") == 1)
        #expect(try await harness.outbox().map(\.type) == ["qadam.certification.certificate.issued.v1"])
    }

    @Test("passes delivered at once, each twice, get one certificate each, numbered 1 to n with no gap")
    func concurrentAndRedelivered() async throws {
        let harness = try await ServiceHarness(CertificationService.self)
        let bodies = try (1...24).map { try eventBody(try CertificationFixtures.passed("l\($0)", on: "2026-10-15")) }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for body in bodies + bodies.reversed() { group.addTask { try await harness.deliver(body) } }
            try await group.waitForAll()
        }
        let numbers = try await CertificationFixtures.numbers(harness)
        #expect(numbers.count == 24)
        #expect(Set(numbers.values) == Set((1...24).map { String(format: "QDM-2026-%06d", $0) }))
        #expect(try await harness.count("certificateFile") == 24)
        #expect(try await harness.outbox().count == 24)
    }

    @Test("the PDF served to the staff and by the holder's link is the file issued, byte for byte")
    func servedAsIssued() async throws {
        let harness = try await CertificationFixtures.issued()
        let (certificate, file) = try await harness.database.read { db in
            let certificate = try #require(try Certificate.fetchOne(db))
            return (certificate, try #require(try CertificateFile.fetchOne(db, key: certificate.id)))
        }
        let staff = try await harness.send(.get, "/v1/certificates/\(certificate.id)/pdf", token: try await harness.token(.operator))
        #expect(staff.status == .ok)
        #expect(staff.headers[.contentType] == "application/pdf")
        #expect(Data(buffer: staff.body) == file.pdf)
        let holder = try await harness.request(.get, "/v1/holder/certificates/\(certificate.holderCode)/pdf")
        #expect(Data(buffer: holder.body) == file.pdf)
        #expect(try await harness.request(.get, "/v1/holder/certificates/\(certificate.verificationCode)/pdf").status == .notFound,
                "the code anyone may scan does not fetch the grades")
        #expect(try await harness.request(.get, "/v1/certificates/\(certificate.id)/pdf").status == .unauthorized)
    }
}
