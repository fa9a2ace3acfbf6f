@testable import CertificationService
import EventContracts
import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import Logging
import ServiceLifecycle
import ServiceKit
import Testing

/// The public check as anyone meets it: the page a phone opens from the QR code, the same as
/// JSON, the dropped file, the limit per client, and the log the office reads.
@Suite("The public check")
struct PublicCheckTests {
    static let html: HTTPFields = [.accept: "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8"]

    static func issued(_ settings: [String: String] = [:]) async throws -> (ServiceHarness<CertificationService>, Certificate) {
        let harness = try await ServiceHarness(CertificationService.self, settings: settings)
        var accepted = try Samples.payload(CandidateAccepted.self)
        accepted.candidateId = try Samples.payload(ListenerPassed.self).candidateId!
        try await harness.deliver(try eventBody(accepted))
        try await harness.deliverSample(ListenerPassed.self)
        return (harness, try #require(try await harness.database.read { db in try Certificate.fetchOne(db) }))
    }

    @Test("a browser gets the page in Russian by default, Kazakh or English when asked, with the certificate's standing first")
    func pageInThreeLanguages() async throws {
        let (harness, certificate) = try await Self.issued()
        let path = "/v1/public/certificates/\(certificate.verificationCode)"
        let russian = try await harness.request(.get, path, headers: Self.html)
        #expect(russian.status == .ok)
        #expect(russian.headers[.contentType] == "text/html; charset=utf-8")
        #expect(russian.headers[.contentLanguage] == "ru")
        #expect(russian.text.contains("Сертификат действителен"))
        #expect(russian.text.contains("Сәрсенова Айгүл Маратқызы"))
        #expect(russian.text.contains("Исследовательский подход в преподавании естественных наук"))
        #expect(russian.text.contains("72 академических часа"))
        #expect(russian.text.contains("QDM-2026-000001"))

        let kazakh = try await harness.request(.get, path + "?lang=kk", headers: Self.html)
        #expect(kazakh.text.contains("Сертификат жарамды"))
        #expect(kazakh.text.contains("Жаратылыстану пәндерін оқытудағы зерттеу тәсілі"))
        var english = Self.html
        english[.acceptLanguage] = "en-GB,en;q=0.9"
        #expect(try await harness.request(.get, path, headers: english).text.contains("The certificate is valid"))
    }

    @Test("an unknown code: 404, as a page for a browser and as problem details for anyone else")
    func unknownCode() async throws {
        let (harness, _) = try await Self.issued()
        let path = "/v1/public/certificates/\(String(repeating: "0", count: 32))"
        let page = try await harness.request(.get, path, headers: Self.html)
        #expect(page.status == .notFound)
        #expect(page.text.contains("Такого сертификата нет в реестре"))
        #expect(try await harness.request(.get, path).status == .notFound)
    }

    @Test("a revoked certificate says so, with its day and ground but not staff's note, as a page and as JSON")
    func revoked() async throws {
        let (harness, certificate) = try await Self.issued()
        // Read once before: the answer kept in memory must not outlive the revocation.
        #expect(try await harness.request(.get, "/v1/public/certificates/\(certificate.verificationCode)")
            .json(PublicCertificate.self).status == .valid)
        let revoked = try await harness.send(.post, "/v1/certificates/\(certificate.id)/revocation",
                                             ["reason": "issued-in-error", "note": "ведомость перепутана"],
                                             token: try await harness.token(.rector))
        #expect(revoked.status == .ok)
        let path = "/v1/public/certificates/\(certificate.verificationCode)"
        let json = try await harness.request(.get, path).json(PublicCertificate.self)
        #expect(json.status == .revoked)
        #expect(json.revokedOn == "2026-09-01")
        #expect(json.revocationReason == .issuedInError)
        let page = try await harness.request(.get, path, headers: Self.html).text
        #expect(page.contains("Сертификат отозван"))
        #expect(page.contains("Отозван 01.09.2026: выдан ошибочно"))
        #expect(!page.contains("ведомость"))
        #expect(try await harness.outbox().map(\.type).contains("qadam.certification.certificate.revoked.v1"))

        let again = try await harness.send(.post, "/v1/certificates/\(certificate.id)/revocation", ["reason": "fraud"],
                                           token: try await harness.token(.operator))
        #expect(again.status == .conflict)
        #expect(try again.problem().type.hasSuffix("certificate-revoked"))
    }

    @Test("a reissued certificate: a new number and codes, the old one superseded with a link to the new, nothing deleted")
    func reissued() async throws {
        let (harness, old) = try await Self.issued()
        _ = try await harness.request(.get, "/v1/public/certificates/\(old.verificationCode)")
        let response = try await harness.send(.post, "/v1/certificates/\(old.id)/reissue",
                                              ["reason": "corrected-name", "fullName": "Сәрсенова Әйгүл Маратқызы"],
                                              token: try await harness.token(.operator))
        #expect(response.status == .created)
        let new = try response.json(Certificate.self)
        #expect(new.registrationNumber == "QDM-2026-000002")
        #expect(new.fullName == "Сәрсенова Әйгүл Маратқызы")
        #expect(new.reissueOf == old.id)
        #expect(new.verificationCode != old.verificationCode)

        let oldShown = try await harness.request(.get, "/v1/public/certificates/\(old.verificationCode)").json(PublicCertificate.self)
        #expect(oldShown.status == .superseded)
        #expect(oldShown.replacedBy == "http://127.0.0.1:8084/v1/public/certificates/\(new.verificationCode)")
        let page = try await harness.request(.get, "/v1/public/certificates/\(old.verificationCode)", headers: Self.html).text
        #expect(page.contains("Сертификат заменён новым"))
        #expect(page.contains("href=\"http://127.0.0.1:8084/v1/public/certificates/\(new.verificationCode)\""))
        let newShown = try await harness.request(.get, "/v1/public/certificates/\(new.verificationCode)").json(PublicCertificate.self)
        #expect((newShown.status, newShown.fullName) == (.valid, "Сәрсенова Әйгүл Маратқызы"))

        #expect(try await harness.count("certificate") == 2)
        #expect(try await harness.count("certificateFile") == 2)
        // The holder gets the new certificate as they got the first.
        #expect(try await harness.count("mail") == 2)
        #expect(try await harness.outbox().map(\.type).filter { $0.hasPrefix("qadam.certification") }
            == ["qadam.certification.certificate.issued.v1", "qadam.certification.certificate.reissued.v1"])
        let twice = try await harness.send(.post, "/v1/certificates/\(old.id)/reissue", ["reason": "lost-original"],
                                           token: try await harness.token(.operator))
        #expect(twice.status == .conflict)
        let noName = try await harness.send(.post, "/v1/certificates/\(new.id)/reissue", ["reason": "corrected-name"],
                                            token: try await harness.token(.operator))
        #expect(try noName.problem().errors?.map(\.field) == ["fullName"])
    }

    @Test("a dropped PDF: the issued file is recognised, one changed by a single byte is not")
    func droppedFile() async throws {
        let (harness, certificate) = try await Self.issued()
        let file = try #require(try await harness.database.read { db in try CertificateFile.fetchOne(db, key: certificate.id) })
        let pdf: HTTPFields = [.contentType: "application/pdf", .accept: "application/json"]
        let original = try await harness.request(.post, "/v1/public/file-checks", headers: pdf, body: ByteBuffer(data: file.pdf))
        let answer = try original.json(PublicFileCheck.self)
        #expect(answer.issued)
        #expect(answer.certificate?.registrationNumber == "QDM-2026-000001")

        var changed = file.pdf
        changed[changed.count / 2] ^= 0x01
        let forged = try await harness.request(.post, "/v1/public/file-checks", headers: pdf, body: ByteBuffer(data: changed))
        #expect(try forged.json(PublicFileCheck.self) == PublicFileCheck(issued: false))
        let notPDF = try await harness.request(.post, "/v1/public/file-checks", headers: pdf, body: ByteBuffer(string: "hello"))
        #expect(notPDF.status == .unsupportedMediaType)
    }

    @Test("past the limit a client gets 429 with Retry-After, in the reader's language")
    func rateLimited() async throws {
        // One call a minute refills the bucket: the four calls come well within it.
        let (harness, certificate) = try await Self.issued(["PUBLIC_RATE_BURST": "3", "PUBLIC_RATE_PER_MINUTE": "1"])
        let path = "/v1/public/certificates/\(certificate.verificationCode)"
        for _ in 1...3 { #expect(try await harness.request(.get, path).status == .ok) }
        let refused = try await harness.request(.get, path, headers: [.acceptLanguage: "kk"])
        #expect(refused.status == .tooManyRequests)
        #expect(refused.headers[.retryAfter].flatMap(Int.init).map { (1...60).contains($0) } == true)
        #expect(try refused.problem().title == "Сұраулар тым көп")
    }

    @Test("every check is logged for the office: how, what it found, from where")
    func checksAreLogged() async throws {
        let (harness, certificate) = try await Self.issued()
        // The second check by the code is answered from memory, and logged all the same.
        for _ in 1...2 { _ = try await harness.request(.get, "/v1/public/certificates/\(certificate.verificationCode)") }
        _ = try await harness.request(.get, "/v1/public/certificates/\(String(repeating: "f", count: 32))")
        _ = try await harness.request(.get, "/v1/public/certificates?number=QDM-2026-000001&surname=%D0%A1%D3%99%D1%80%D1%81%D0%B5%D0%BD%D0%BE%D0%B2%D0%B0")
        try harness.environment.parts.shared(CheckLog.self) { CheckLog() }.flush(to: harness.database)

        let response = try await harness.send(.get, "/v1/public-checks", token: try await harness.token(.operator))
        let entries = try response.json([PublicCheckEntry].self)
        #expect(entries.map(\.way.rawValue).sorted() == ["code", "code", "code", "paper"])
        #expect(entries.filter { $0.certificateId == certificate.id }.count == 3)
        #expect(entries.allSatisfy { $0.client == "unknown" })
        // Written in the text GRDB reads dates from, in UTC: read back, the time is today's.
        let written = try await harness.database.read { db in try PublicCheckEntry.fetchAll(db) }
        #expect(written.count == 4 && written.allSatisfy { abs($0.checkedAt.timeIntervalSinceNow) < 3600 }, "\(written.map(\.checkedAt))")
        #expect(try await harness.send(.get, "/v1/public-checks", token: try await harness.token(.programmeLeader)).status == .forbidden)
    }

    @Test("the office reads the log newest first, whatever order its entries were written in, of one certificate when asked")
    func logListsNewestFirst() async throws {
        let (harness, certificate) = try await Self.issued()
        let log = harness.environment.parts.shared(CheckLog.self) { CheckLog() }
        let now = Date()
        // Recorded out of their order, and written in two batches.
        for minutes in [3, 1] { log.record(.paper, found: certificate, client: "10.0.0.\(minutes)", at: now - Double(minutes) * 60) }
        try log.flush(to: harness.database)
        for minutes in [4, 2] { log.record(.code, found: nil, client: "10.0.0.\(minutes)", at: now - Double(minutes) * 60) }
        try log.flush(to: harness.database)

        let token = try await harness.token(.operator)
        let all = try await harness.send(.get, "/v1/public-checks", token: token).json([PublicCheckEntry].self)
        #expect(all.map(\.client) == ["10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.0.4"])
        let its = try await harness.send(.get, "/v1/public-checks?certificateId=\(certificate.id)", token: token).json([PublicCheckEntry].self)
        #expect(its.map(\.client) == ["10.0.0.1", "10.0.0.3"])
    }

    @Test("the check log's writer, told to stop, writes what is pending before it returns, without waiting out its interval",
          .timeLimit(.minutes(1)))
    func logWrittenOnStop() async throws {
        let (harness, certificate) = try await Self.issued()
        let log = CheckLog()
        let writer = CheckLog.Writer(log: log, database: harness.database, logger: Logger(label: "check-log-test"), interval: .seconds(3600))
        let group = ServiceGroup(services: [writer], logger: Logger(label: "check-log-test"))
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            log.record(.code, found: certificate, client: "10.0.0.1")
            log.record(.paper, found: nil, client: "10.0.0.2")
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
        }
        let written = try await harness.database.read { db in try PublicCheckEntry.order(Column("client")).fetchAll(db) }
        #expect(written.map(\.client) == ["10.0.0.1", "10.0.0.2"])
        #expect(written.map(\.certificateId) == [certificate.id, nil])
    }

    @Test("no public answer carries the holder's email, sex, IIN, phone, grades or internal ids")
    func nothingPersonal() async throws {
        let (harness, certificate) = try await Self.issued()
        let file = try #require(try await harness.database.read { db in try CertificateFile.fetchOne(db, key: certificate.id) })
        let answers = [
            try await harness.request(.get, "/v1/public/certificates/\(certificate.verificationCode)").text,
            try await harness.request(.get, "/v1/public/certificates/\(certificate.verificationCode)", headers: Self.html).text,
            try await harness.request(.post, "/v1/public/file-checks", headers: [.contentType: "application/pdf"],
                                      body: ByteBuffer(data: file.pdf)).text,
        ]
        for answer in answers {
            for secret in ["a.sarsenova@mail.kz", "female", certificate.listenerId, certificate.id, certificate.holderCode,
                           certificate.candidateId!, "B+", "хорошо", "+7"] {
                #expect(!answer.contains(secret), "a public answer shows \(secret)")
            }
        }
    }
}
