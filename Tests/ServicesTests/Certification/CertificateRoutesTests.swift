@testable import CertificationService
import EventContracts
import Foundation
import Hummingbird
import HummingbirdTesting
import ServiceKit
import Testing

@Suite("Certification over HTTP")
struct CertificateRoutesTests {
    static func code(_ harness: ServiceHarness<CertificationService>) async throws -> String {
        try #require(try await harness.database.read { db in try Certificate.fetchOne(db) }).verificationCode
    }

    @Test("the public check by the QR code's code needs no token and shows only name, course, hours, date, status and the number")
    func publicCheckShowsOnlyWhatItMust() async throws {
        let harness = try await CertificationFixtures.issued()
        let passed = try Samples.payload(ListenerPassed.self)
        let code = try await Self.code(harness)
        #expect(code.count == 32 && code.allSatisfy { $0.isHexDigit && !$0.isUppercase })

        let response = try await harness.request(.get, "/v1/public/certificates/\(code)")

        #expect(response.status == .ok)
        #expect(try response.jsonKeys() == ["registrationNumber", "fullName", "programmeCode", "titleKk", "titleRu", "hours", "issuedOn",
                                            "status"])
        let shown = try response.json(PublicCertificate.self)
        #expect(shown.registrationNumber == "QDM-2026-000001")
        #expect(shown.fullName == passed.fullName)
        #expect(shown.programmeCode == passed.programmeCode)
        #expect((shown.titleRu, shown.hours) == (passed.titleRu, 72))
        #expect(shown.issuedOn == "2026-10-15")
        #expect(shown.status == .valid)
        #expect(!response.text.contains(passed.listenerId), "the listener's internal id is not shown")
    }

    @Test("the number alone finds nothing, so the registry cannot be walked; with the holder's surname as printed it does")
    func numberNeedsTheSurname() async throws {
        let harness = try await CertificationFixtures.issued()
        #expect(try await harness.request(.get, "/v1/public/certificates/QDM-2026-000001").status == .notFound)
        let alone = try await harness.request(.get, "/v1/public/certificates?number=QDM-2026-000001")
        #expect(alone.status == .unprocessableContent)
        #expect(try alone.problem().errors?.map(\.field) == ["surname"])
        let wrong = try await harness.request(.get, "/v1/public/certificates?number=QDM-2026-000001&surname=%D0%98%D0%B2%D0%B0%D0%BD%D0%BE%D0%B2%D0%B0")
        #expect(wrong.status == .notFound)
        // «сәрсенова», in any letter case, is a word of «Сәрсенова Айгүл Маратқызы».
        let right = try await harness.request(.get, "/v1/public/certificates?number=QDM-2026-000001&surname=%D1%81%D3%99%D1%80%D1%81%D0%B5%D0%BD%D0%BE%D0%B2%D0%B0")
        #expect(right.status == .ok)
        #expect(try right.json(PublicCertificate.self).registrationNumber == "QDM-2026-000001")
        #expect(PublicCheckRules.matches(surname: "Айгүл", fullName: "Сәрсенова Айгүл Маратқызы"))
        #expect(!PublicCheckRules.matches(surname: "Сәрсен", fullName: "Сәрсенова Айгүл Маратқызы"))
        #expect(!PublicCheckRules.matches(surname: " ", fullName: "Сәрсенова Айгүл Маратқызы"))
    }

    @Test("the public check ignores a bad token rather than refusing the visitor")
    func publicCheckIgnoresBadToken() async throws {
        let harness = try await CertificationFixtures.issued()
        let response = try await harness.request(.get, "/v1/public/certificates/\(try await Self.code(harness))",
                                                 headers: [.authorization: "Bearer expired-or-forged"])
        #expect(response.status == .ok)
    }

    @Test("an unknown code answers 404 problem, not 401")
    func unknownNumberIsNotFound() async throws {
        let harness = try await CertificationFixtures.issued()
        let response = try await harness.request(.get, "/v1/public/certificates/\(String(repeating: "0", count: 32))",
                                                 headers: [.acceptLanguage: "kk"])
        #expect(response.status == .notFound)
        let problem = try response.problem()
        #expect(problem.detail == "Сертификат табылмады")
    }

    @Test("the registry needs a token")
    func registryNeedsAToken() async throws {
        let harness = try await CertificationFixtures.issued()
        let response = try await harness.request(.get, "/v1/certificates")
        #expect(response.status == .unauthorized)
        #expect(response.headers[.wwwAuthenticate] == "Bearer")
    }

    @Test("the registry is closed to roles that do not keep it", arguments: [Role.trainer, .organisation])
    func registryRefusesOtherRoles(role: Role) async throws {
        let harness = try await CertificationFixtures.issued()
        let response = try await harness.request(.get, "/v1/certificates", headers: .bearer(try await harness.token(role)))
        #expect(response.status == .forbidden)
    }

    @Test("the rector sees the registry, and can find a listener's certificate")
    func rectorSeesRegistry() async throws {
        let harness = try await CertificationFixtures.issued()
        let passed = try Samples.payload(ListenerPassed.self)
        let token = try await harness.token(.rector)

        let all = try await harness.request(.get, "/v1/certificates", headers: .bearer(token))
        #expect(all.status == .ok)
        #expect(try all.json(Registry.Page.self).items.map(\.registrationNumber) == ["QDM-2026-000001"])

        let mine = try await harness.request(.get, "/v1/certificates?listenerId=\(passed.listenerId)", headers: .bearer(token))
        #expect(try mine.json(Registry.Page.self).items.map(\.listenerId) == [passed.listenerId])
        let nobody = try await harness.request(.get, "/v1/certificates?listenerId=019ad0c4-0000-7000-8000-000000000000", headers: .bearer(token))
        #expect(try nobody.json(Registry.Page.self).items.isEmpty)
        let unreadable = try await harness.request(.get, "/v1/certificates?listenerId=nobody", headers: .bearer(token))
        #expect(unreadable.status == .unprocessableContent)
    }
}
