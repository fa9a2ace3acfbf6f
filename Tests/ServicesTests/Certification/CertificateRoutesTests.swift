import CertificationService
import EventContracts
import Foundation
import Hummingbird
import HummingbirdTesting
import ServiceKit
import Testing

@Suite("Certification over HTTP")
struct CertificateRoutesTests {
    @Test("the public check needs no token and shows only name, course, date, status and the number")
    func publicCheckShowsOnlyWhatItMust() async throws {
        let harness = try await CertificationFixtures.issued()
        let passed = try Samples.payload(ListenerPassed.self)

        let response = try await harness.request(.get, "/v1/public/certificates/QDM-2026-000001")

        #expect(response.status == .ok)
        #expect(try response.jsonKeys() == ["registrationNumber", "fullName", "programmeCode", "issuedOn", "status"])
        let shown = try response.json(PublicCertificate.self)
        #expect(shown.registrationNumber == "QDM-2026-000001")
        #expect(shown.fullName == passed.fullName)
        #expect(shown.programmeCode == passed.programmeCode)
        #expect(shown.issuedOn == "2026-10-15")
        #expect(shown.status == .valid)
        #expect(!response.text.contains(passed.listenerId), "the listener's internal id is not shown")
    }

    @Test("the public check ignores a bad token rather than refusing the visitor")
    func publicCheckIgnoresBadToken() async throws {
        let harness = try await CertificationFixtures.issued()
        let response = try await harness.request(.get, "/v1/public/certificates/QDM-2026-000001", headers: [.authorization: "Bearer expired-or-forged"])
        #expect(response.status == .ok)
    }

    @Test("an unknown number answers 404 problem, not 401")
    func unknownNumberIsNotFound() async throws {
        let harness = try await CertificationFixtures.issued()
        let response = try await harness.request(.get, "/v1/public/certificates/QDM-2026-999999", headers: [.acceptLanguage: "kk"])
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
        #expect(try all.json([Certificate].self).map(\.registrationNumber) == ["QDM-2026-000001"])

        let mine = try await harness.request(.get, "/v1/certificates?listenerId=\(passed.listenerId)", headers: .bearer(token))
        #expect(try mine.json([Certificate].self).map(\.listenerId) == [passed.listenerId])
        let nobody = try await harness.request(.get, "/v1/certificates?listenerId=019ad0c4-0000-7000-8000-000000000000", headers: .bearer(token))
        #expect(try nobody.json([Certificate].self).isEmpty)
        let unreadable = try await harness.request(.get, "/v1/certificates?listenerId=nobody", headers: .bearer(token))
        #expect(unreadable.status == .unprocessableContent)
    }
}
