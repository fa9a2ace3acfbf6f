@testable import CertificationService
import EventContracts
import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import ServiceKit
import Testing

/// The credential as a verifier outside meets it: fetched by the holder's link, checked with
/// the keys at /.well-known/jwks.json and the revocation list the service serves, by jwcrypto.
@Suite("Credentials over HTTP")
struct CredentialRoutesTests {
    static func payload(_ jwt: String) throws -> [String: Any] {
        let part = String(jwt.split(separator: ".")[1])
        return try JSONSerialization.jsonObject(with: try #require(Base64URL.decode(part))) as! [String: Any]
    }

    @Test("the holder's credential verifies with the published keys, and its bit turns to 1 when the certificate is revoked")
    func credentialAndItsRevocation() async throws {
        let (harness, certificate) = try await PublicCheckTests.issued()
        let index = try #require(certificate.statusListIndex)
        let jwks = try await harness.request(.get, "/.well-known/jwks.json")
        #expect(jwks.status == .ok)
        let keys = Data(buffer: jwks.body)

        let response = try await harness.request(.get, "/v1/holder/certificates/\(certificate.holderCode)/credential")
        #expect(response.status == .ok)
        #expect(response.headers[.contentType] == "application/vc+jwt")
        let credential = response.text
        let verdict = try await Verifier.run(jwt: credential, jwks: keys)
        #expect(verdict.exitCode == 0, "\(verdict.output)")
        let subject = try #require(try Self.payload(credential)["credentialSubject"] as? [String: Any])
        let status = try #require(try Self.payload(credential)["credentialStatus"] as? [String: Any])
        #expect(status["statusListIndex"] as? String == String(index))
        #expect(status["statusListCredential"] as? String == "http://127.0.0.1:8084/v1/public/status-lists/revocation")
        let identity = try #require((subject["identifier"] as? [[String: Any]])?.first)
        #expect(identity["identityType"] as? String == "emailAddress")
        #expect(!credential.contains("a.sarsenova"), "the email is hashed, never written")

        let before = try await Verifier.run(jwt: try await harness.request(.get, "/v1/public/status-lists/revocation").text,
                                            jwks: keys, index: index)
        #expect(before.exitCode == 0, "\(before.output)")
        #expect(before.output.contains("status \(index): 0"))

        _ = try await harness.send(.post, "/v1/certificates/\(certificate.id)/revocation", ["reason": "fraud"],
                                   token: try await harness.token(.operator))
        let after = try await Verifier.run(jwt: try await harness.request(.get, "/v1/public/status-lists/revocation").text,
                                           jwks: keys, index: index)
        #expect(after.exitCode == 0, "\(after.output)")
        #expect(after.output.contains("status \(index): 1"))
    }

    @Test("each key is served at its kid, and the credential's id leads to the public check")
    func keysAndIds() async throws {
        let (harness, certificate) = try await PublicCheckTests.issued()
        let set = try await harness.request(.get, "/.well-known/jwks.json").json(JSONWebKeySet.self)
        let key = try #require(set.keys.first)
        let path = try #require(URL(string: key.kid)?.path)
        #expect(try await harness.request(.get, path).json(JSONWebKey.self) == key)
        #expect(try await harness.request(.get, "/v1/public/keys/\(String(repeating: "A", count: 43))").status == .notFound)

        let credential = try await harness.send(.get, "/v1/certificates/\(certificate.id)/credential", token: try await harness.token(.operator))
        let id = try #require(try Self.payload(credential.text)["id"] as? String)
        let redirect = try await harness.request(.get, try #require(URL(string: id)?.path))
        #expect(redirect.status == .seeOther)
        #expect(redirect.headers[.location] == "http://127.0.0.1:8084/v1/public/certificates/\(certificate.verificationCode)")
        #expect(try await harness.request(.get, "/v1/public/credentials/\(String(repeating: "0", count: 32))").status == .notFound)
        #expect(try await harness.request(.get, "/issuer").json(IssuerProfile.self).name == "Центр повышения квалификации «Қадам»")
    }

    @Test("a certificate issued before credentials existed gets its bit and its credential when first asked, and keeps them")
    func earlierCertificateSignedOnce() async throws {
        let harness = try await ServiceHarness(CertificationService.self)
        var unsigned = try CredentialFixtures.certificate()
        unsigned.id = "019ad0c4-0000-7000-8000-00000000c0de"
        let earlier = unsigned
        try await harness.database.write { db in try earlier.insert(db) }
        let token = try await harness.token(.operator)
        let first = try await harness.send(.get, "/v1/certificates/\(earlier.id)/credential", token: token)
        #expect(first.status == .ok)
        let second = try await harness.send(.get, "/v1/certificates/\(earlier.id)/credential", token: token)
        #expect(second.text == first.text)
        let index = try #require(try await harness.database.read { db in try Certificate.fetchOne(db, key: earlier.id) }?.statusListIndex)
        let keys = Data(buffer: try await harness.request(.get, "/.well-known/jwks.json").body)
        #expect(try await Verifier.run(jwt: first.text, jwks: keys).exitCode == 0)
        let status = try #require(try Self.payload(first.text)["credentialStatus"] as? [String: Any])
        #expect(status["statusListIndex"] as? String == String(index))
    }

    @Test("the signing key stays across restarts: it is made once, beside the database, and read back")
    func keyKept() async throws {
        let (harness, _) = try await PublicCheckTests.issued()
        let first = try await harness.request(.get, "/.well-known/jwks.json").json(JSONWebKeySet.self)
        let settings = try CertificationSettings(harness.environment.settings)
        #expect(settings.keys.jwks(issuer: settings.issuer) == first)
        let path = harness.directory.path("certification-signing-key.pem")
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }
}
