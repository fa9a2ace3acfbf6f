@testable import CertificationService
import Crypto
import EventContracts
import Foundation
import TestSupport
import Testing

/// A certificate's Open Badges credential, its keys and the revocation list: the JSON as the
/// specs name it, signatures that verify, and a verifier that shares no code with the service.
@Suite("Verifiable credentials")
struct CredentialTests {
    @Suite("The OpenBadgeCredential")
    struct Credential {
        @Test("the JWT's header is alg, kid and typ, and nothing else")
        func header() throws {
            let key = CredentialFixtures.key()
            let jwt = try CredentialFixtures.signedCredential(key: key)
            let header = try JWTParts(jwt).header

            #expect(Set(header.keys) == ["alg", "kid", "typ"])
            #expect(header["alg"] as? String == "ES256")
            #expect(header["typ"] as? String == "JWT")
            #expect(header["kid"] as? String == "https://pd.example.kz/v1/public/keys/\(key.verificationKey.thumbprint)")
        }

        @Test("the payload is the credential, with iss, jti and nbf and no exp or issuanceDate")
        func topLevel() throws {
            let payload = try JWTParts(try CredentialFixtures.signedCredential()).payload

            #expect(Set(payload.keys) == ["@context", "id", "type", "name", "issuer", "validFrom",
                                          "credentialSubject", "credentialStatus", "iss", "jti", "nbf"])
            #expect(payload["@context"] as? [String] == [
                "https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
            ])
            #expect(payload["id"] as? String == CredentialFixtures.credentialId)
            #expect(payload["type"] as? [String] == ["VerifiableCredential", "OpenBadgeCredential"])
            #expect(payload["name"] as? String == "Сертификат о повышении квалификации: Исследовательский подход в преподавании естественных наук")
            #expect(payload["validFrom"] as? String == "2026-06-20T00:00:00Z")
            #expect(payload["iss"] as? String == "https://pd.example.kz/issuer")
            #expect(payload["jti"] as? String == CredentialFixtures.credentialId)
            #expect(payload["nbf"] as? Int == 1_781_913_600)
        }

        @Test("the issuer is a Profile with its id and the provider's name")
        func issuer() throws {
            let payload = try JWTParts(try CredentialFixtures.signedCredential()).payload
            let issuer = try #require(payload["issuer"] as? [String: Any])

            #expect(Set(issuer.keys) == ["id", "type", "name"])
            #expect(issuer["id"] as? String == "https://pd.example.kz/issuer")
            #expect(issuer["type"] as? [String] == ["Profile"])
            #expect(issuer["name"] as? String == CredentialFixtures.issuer.name)
        }

        @Test("credentialStatus is one BitstringStatusListEntry, its index a base-10 string")
        func credentialStatus() throws {
            let payload = try JWTParts(try CredentialFixtures.signedCredential(statusIndex: 94_567)).payload
            let status = try #require(payload["credentialStatus"] as? [String: Any], "an object, not an array")
            let list = "https://pd.example.kz/v1/public/status-lists/revocation"

            #expect(Set(status.keys) == ["id", "type", "statusPurpose", "statusListIndex", "statusListCredential"])
            #expect(status["id"] as? String == "\(list)#94567")
            #expect(status["type"] as? String == "BitstringStatusListEntry")
            #expect(status["statusPurpose"] as? String == "revocation")
            #expect(status["statusListIndex"] as? String == "94567")
            #expect(status["statusListCredential"] as? String == list)
        }

        @Test("the subject is named by the salted SHA-256 of the holder's email")
        func identityByEmail() throws {
            let subject = try CredentialFixtures.subject(holderEmail: "aigul@example.kz")
            let identifiers = try #require(subject["identifier"] as? [[String: Any]])

            #expect(Set(subject.keys) == ["type", "identifier", "achievement", "creditsEarned", "result"], "no id: the holder has no DID")
            #expect(subject["type"] as? [String] == ["AchievementSubject"])
            #expect(identifiers.count == 1)
            let identity = try #require(identifiers.first)
            #expect(Set(identity.keys) == ["type", "identityType", "hashed", "salt", "identityHash"])
            #expect(identity["type"] as? String == "IdentityObject")
            #expect(identity["identityType"] as? String == "emailAddress")
            #expect(identity["hashed"] as? Bool == true)
            #expect(identity["salt"] as? String == "5a17")
            // hashlib.sha256(b"aigul@example.kz" + b"5a17").hexdigest()
            #expect(identity["identityHash"] as? String == "sha256$d76e6168d6d73d864e3a54f8fea870a7d7d1982a1f088ae1cc98c4937cf0d919")
        }

        @Test("with no email known, the subject is named by the hashed registration number")
        func identityByRegistrationNumber() throws {
            for email in [nil, ""] as [String?] {
                let subject = try CredentialFixtures.subject(holderEmail: email)
                let identity = try #require((subject["identifier"] as? [[String: Any]])?.first)

                #expect(identity["identityType"] as? String == "identifier")
                #expect(identity["hashed"] as? Bool == true)
                // hashlib.sha256("QDM-2026-000001".encode() + b"5a17").hexdigest()
                #expect(identity["identityHash"] as? String == "sha256$8d475960fb0786fca29dec05034eb66d3f78f1cca54c6f63391a00f83a96514f")
            }
        }

        @Test("a new salt is 32 hex digits, different each time")
        func salts() {
            let salts = (0..<20).map { _ in IdentityObject.newSalt() }
            #expect(Set(salts).count == 20)
            #expect(salts.allSatisfy { $0.count == 32 && $0.allSatisfy(\.isHexDigit) })
        }

        @Test("the achievement is the programme: its titles, hours and what earned it")
        func achievement() throws {
            let achievement = try #require(try CredentialFixtures.subject()["achievement"] as? [String: Any])
            let id = "https://pd.example.kz/v1/public/achievements/PD-2026-014"

            #expect(Set(achievement.keys) == ["id", "type", "name", "description", "criteria", "achievementType",
                                              "creditsAvailable", "resultDescription"])
            #expect(achievement["id"] as? String == id)
            #expect(achievement["type"] as? [String] == ["Achievement"])
            #expect(achievement["name"] as? String == "Исследовательский подход в преподавании естественных наук")
            #expect(achievement["description"] as? String == "Исследовательский подход в преподавании естественных наук / "
                + "Жаратылыстану пәндерін оқытудағы зерттеу тәсілі. Объём: 72 академических часа / Көлемі: 72 академиялық сағат")
            let criteria = try #require(achievement["criteria"] as? [String: Any])
            #expect(Set(criteria.keys) == ["narrative"])
            #expect((criteria["narrative"] as? String)?.contains("итоговое оценивание") == true)
            #expect(achievement["achievementType"] as? String == "Certificate")
            #expect(achievement["creditsAvailable"] as? Int == 72)
        }

        @Test("each module and the final assessment is a ResultDescription, its values lowest first")
        func resultDescriptions() throws {
            let achievement = try #require(try CredentialFixtures.subject()["achievement"] as? [String: Any])
            let descriptions = try #require(achievement["resultDescription"] as? [[String: Any]])
            let id = "https://pd.example.kz/v1/public/achievements/PD-2026-014"
            let letters = ["F", "FX", "D", "D+", "C-", "C", "C+", "B-", "B", "B+", "A-", "A"]

            #expect(descriptions.map { $0["id"] as? String } == ["\(id)#module-1", "\(id)#module-2", "\(id)#final-assessment"])
            #expect(descriptions.map { $0["name"] as? String } == [
                "Зерттеуге негізделген оқыту / Обучение через исследование", "Сабақты жобалау / Проектирование урока",
                "Қорытынды бағалау / Итоговое оценивание",
            ])
            #expect(descriptions.allSatisfy { Set($0.keys) == ["id", "type", "name", "resultType", "allowedValue"] })
            #expect(descriptions.allSatisfy { $0["type"] as? [String] == ["ResultDescription"] })
            #expect(descriptions.allSatisfy { $0["resultType"] as? String == "LetterGrade" })
            #expect(descriptions.map { $0["allowedValue"] as? [String] } == [letters, ["fail", "pass"], letters])
        }

        @Test("the results are the holder's grades, each tied to its ResultDescription")
        func results() throws {
            let subject = try CredentialFixtures.subject()
            let results = try #require(subject["result"] as? [[String: Any]])
            let id = "https://pd.example.kz/v1/public/achievements/PD-2026-014"

            #expect(results.allSatisfy { Set($0.keys) == ["type", "resultDescription", "value"] })
            #expect(results.allSatisfy { $0["type"] as? [String] == ["Result"] })
            #expect(results.map { $0["resultDescription"] as? String } == ["\(id)#module-1", "\(id)#module-2", "\(id)#final-assessment"])
            #expect(results.map { $0["value"] as? String } == ["B+", "pass", "A-"])
            #expect(subject["creditsEarned"] as? Int == 72)
        }

        @Test("an external final assessment is named so")
        func externalFinal() throws {
            var certificate = try CredentialFixtures.certificate()
            certificate.appendix?.finalAssessment.external = true
            let credential = try #require(CredentialFixtures.credential(certificate))
            #expect(credential.credentialSubject.achievement.resultDescription.last?.name
                == "Сыртқы қорытынды бағалау / Внешнее итоговое оценивание")
        }

        @Test("a certificate with no appendix (a version 1 pass) has no credential")
        func noAppendix() throws {
            var certificate = try CredentialFixtures.certificate()
            certificate.appendix = nil
            #expect(CredentialFixtures.credential(certificate) == nil)
        }

        @Test("the signature is ES256, R and S, and verifies with the JWK's x and y")
        func signatureVerifiesFromTheJWK() throws {
            let key = CredentialFixtures.key()
            let parts = try JWTParts(try CredentialFixtures.signedCredential(key: key))
            let jwk = key.verificationKey.jwk(issuer: CredentialFixtures.issuer)
            let x = try #require(Base64URL.decode(jwk.x))
            let y = try #require(Base64URL.decode(jwk.y))
            let publicKey = try P256.Signing.PublicKey(rawRepresentation: x + y)

            #expect(parts.signature.count == 64, "raw R‖S, not DER")
            let signature = try P256.Signing.ECDSASignature(rawRepresentation: parts.signature)
            #expect(publicKey.isValidSignature(signature, for: Data(parts.signingInput.utf8)))
            #expect(!publicKey.isValidSignature(signature, for: Data((parts.signingInput + "x").utf8)))
            #expect(!P256.Signing.PrivateKey().publicKey.isValidSignature(signature, for: Data(parts.signingInput.utf8)))
        }
    }

    @Suite("Keys")
    struct Keys {
        @Test("the kid is the key's RFC 7638 thumbprint (as jwcrypto computes it)")
        func thumbprint() throws {
            // The private key 0x01 0x02 … 0x20; its JWK and thumbprint from jwcrypto's JWK.thumbprint().
            let key = SigningKey(privateKey: try P256.Signing.PrivateKey(rawRepresentation: Data(1...32)))
            let jwk = key.verificationKey.jwk(issuer: CredentialFixtures.issuer)

            #expect(key.verificationKey.thumbprint == "6UoWwDCkLjV0J-pQG8c0THxbVhBcpR0AZDift1Yl5DM")
            #expect(jwk.x == "UVw9brnjlrkE0_7Kf1T9zQzB6Ze_N13KUVrQpsO0A18")
            #expect(jwk.y == "RTa-OlDzGPv5pUdZAqIhUCvvDVfgjFOyzApW8X2fk1Q")
            #expect(jwk.kid == "https://pd.example.kz/v1/public/keys/6UoWwDCkLjV0J-pQG8c0THxbVhBcpR0AZDift1Yl5DM")
        }

        @Test("a JWK is kty, crv, x, y, kid, alg and use")
        func jwkMembers() throws {
            let keys = CredentialKeys(signing: CredentialFixtures.key())
            let json = try JSONSerialization.jsonObject(with: try JSONEncoder().encode(keys.jwks(issuer: CredentialFixtures.issuer)))
            let set = try #require(json as? [String: Any])
            let jwk = try #require((set["keys"] as? [[String: Any]])?.first)

            #expect(Set(set.keys) == ["keys"])
            #expect(Set(jwk.keys) == ["kty", "crv", "x", "y", "kid", "alg", "use"])
            #expect(jwk["kty"] as? String == "EC")
            #expect(jwk["crv"] as? String == "P-256")
            #expect(jwk["alg"] as? String == "ES256")
            #expect(jwk["use"] as? String == "sig")
            for coordinate in ["x", "y"] {
                let text = try #require(jwk[coordinate] as? String)
                #expect(!text.contains("="))
                #expect(Base64URL.decode(text)?.count == 32)
            }
        }

        @Test("the JWKS publishes the signing key first, then the retired ones, each once")
        func rotation() {
            let old = CredentialFixtures.key().verificationKey
            let keys = CredentialKeys(signing: CredentialFixtures.key(), retired: [old, old])
            let kids = keys.jwks(issuer: CredentialFixtures.issuer).keys.map(\.kid)

            #expect(kids == [keys.signing.verificationKey, old].map { CredentialFixtures.issuer.keyURL(thumbprint: $0.thumbprint) })
            #expect(keys.key(thumbprint: old.thumbprint) == old)
            #expect(keys.key(thumbprint: "unknown") == nil)
        }

        @Test("a key is created (mode 0600, its folder made) and then loaded again: the same kid")
        func createThenLoad() throws {
            let directory = try TemporaryDirectory()
            defer { withExtendedLifetime(directory) {} }
            let path = directory.path("keys/credentials/signing.pem")

            let created = try SigningKey.loadOrCreate(at: path)
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            #expect(attributes[.posixPermissions] as? Int == 0o600)
            #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("-----BEGIN PRIVATE KEY-----"))

            let loaded = try SigningKey.loadOrCreate(at: path)
            #expect(loaded.verificationKey.thumbprint == created.verificationKey.thumbprint)
            #expect(try SigningKey.load(from: path).verificationKey == created.verificationKey)
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path("keys/credentials")) == ["signing.pem"],
                    "no temporary file left behind")
        }

        @Test("a file that is not a key is an error, and is left as it was")
        func notAKey() throws {
            let directory = try TemporaryDirectory()
            defer { withExtendedLifetime(directory) {} }
            let path = directory.path("signing.pem")
            try "not a key".write(toFile: path, atomically: true, encoding: .utf8)

            #expect(throws: KeyFile.Failure.self) { try SigningKey.loadOrCreate(at: path) }
            #expect(try String(contentsOfFile: path, encoding: .utf8) == "not a key")
        }
    }

    @Suite("The status list")
    struct StatusList {
        @Test("at least 131,072 entries, 16 KB, none revoked")
        func size() {
            let list = BitstringStatusList()
            #expect(list.size >= 131_072)
            #expect(list.bytes.count >= 16_384)
            #expect(list.bytes.allSatisfy { $0 == 0 })
            #expect(BitstringStatusList(size: 10).size == 131_072, "never smaller than the minimum")
        }

        @Test("index 0 is the most significant bit of byte 0; index 8 that of byte 1")
        func bitOrder() {
            let list = BitstringStatusList(revoked: [0, 7, 8, 131_071])

            #expect(list.bytes[0] == 0b1000_0001)
            #expect(list.bytes[1] == 0b1000_0000)
            #expect(list.bytes[16_383] == 0b0000_0001)
            #expect(list.bytes.dropFirst(2).dropLast().allSatisfy { $0 == 0 })
            #expect([0, 7, 8, 131_071].allSatisfy(list.isRevoked))
            #expect(![1, 6, 9, 131_070].contains(where: list.isRevoked))
        }

        @Test("the encoded list is u, then base64url without padding of a real GZIP")
        func encodedList() throws {
            let list = BitstringStatusList(revoked: [3, 4_242, 99_999])
            let encoded = try list.encodedList()
            let compressed = try #require(Base64URL.decode(encoded.dropFirst()))

            #expect(encoded.hasPrefix("u"))
            #expect(!encoded.contains("="))
            #expect(Array(compressed.prefix(3)) == [0x1F, 0x8B, 0x08], "the GZIP magic number and deflate (RFC 1952)")
            #expect(compressed.count < 1_000)
            #expect(BitstringStatusList(encodedList: encoded) == list)
            #expect(BitstringStatusList(encodedList: String(encoded.dropFirst())) == nil)
        }

        @Test("the status list credential is a BitstringStatusListCredential with its list")
        func credential() throws {
            let instant = Date(timeIntervalSince1970: 1_781_913_600.75)
            let jwt = try CredentialFixtures.signedStatusList(revoked: [5], now: instant)
            let payload = try JWTParts(jwt).payload
            let list = "https://pd.example.kz/v1/public/status-lists/revocation"

            #expect(Set(payload.keys) == ["@context", "id", "type", "issuer", "validFrom", "credentialSubject", "iss", "jti", "nbf"])
            #expect(payload["@context"] as? [String] == ["https://www.w3.org/ns/credentials/v2"])
            #expect(payload["id"] as? String == list)
            #expect(payload["type"] as? [String] == ["VerifiableCredential", "BitstringStatusListCredential"])
            #expect(payload["validFrom"] as? String == "2026-06-20T00:00:00Z", "whole seconds")
            #expect(payload["nbf"] as? Int == 1_781_913_600)
            #expect(payload["jti"] as? String == list)
            let subject = try #require(payload["credentialSubject"] as? [String: Any])
            #expect(Set(subject.keys) == ["id", "type", "statusPurpose", "encodedList"])
            #expect(subject["id"] as? String == "\(list)#list")
            #expect(subject["type"] as? String == "BitstringStatusList")
            #expect(subject["statusPurpose"] as? String == "revocation")
            let encodedList = try #require(subject["encodedList"] as? String)
            let decoded = try #require(BitstringStatusList(encodedList: encodedList))
            #expect(decoded.isRevoked(5) && !decoded.isRevoked(4))
        }

        @Test("an index is drawn at random from the unused ones, never in order of issue")
        func randomIndexes() throws {
            var generator = SeededGenerator(seed: 42)
            var used = Set<Int>()
            var drawn: [Int] = []
            for _ in 0..<200 {
                let index = try #require(StatusListIndex.random(notIn: used, using: &generator))
                #expect((0..<131_072).contains(index))
                #expect(!used.contains(index))
                used.insert(index)
                drawn.append(index)
            }
            #expect(drawn != drawn.sorted())
            #expect(drawn.max()! - drawn.min()! > 65_536, "spread over the whole list")
        }

        @Test("in a nearly full list the one free index is found; in a full one, none")
        func fullList() {
            var generator = SeededGenerator(seed: 7)
            let allButFive = Set(0..<16).subtracting([5])
            #expect(StatusListIndex.random(notIn: allButFive, size: 16, using: &generator) == 5)
            #expect(StatusListIndex.random(notIn: Set(0..<16), size: 16, using: &generator) == nil)
            #expect(StatusListIndex.random(notIn: []) != nil)
        }
    }

    /// `Tests/Tools/verify-credential.py`: jwcrypto and Python's own gzip, no code of ours.
    @Suite("Independent verification")
    struct Independent {
        @Test("the credential verifies with jwcrypto against the JWKS")
        func credentialVerifies() async throws {
            let keys = CredentialKeys(signing: CredentialFixtures.key(), retired: [CredentialFixtures.key().verificationKey])
            let verdict = try await Verifier.run(jwt: try CredentialFixtures.signedCredential(key: keys.signing), keys: keys)

            #expect(verdict.exitCode == 0, "\(verdict.errors)")
            #expect(verdict.output.contains("verified: OpenBadgeCredential \(CredentialFixtures.credentialId)"))
        }

        @Test("the status list verifies, and reads 1 at a revoked index and 0 elsewhere", arguments: [
            (3, 1), (4_242, 1), (131_071, 1), (0, 0), (4_241, 0), (4_243, 0), (131_070, 0),
        ])
        func statusListReads(index: Int, bit: Int) async throws {
            let keys = CredentialKeys(signing: CredentialFixtures.key())
            let jwt = try CredentialFixtures.signedStatusList(revoked: [3, 4_242, 131_071], key: keys.signing)
            let verdict = try await Verifier.run(jwt: jwt, keys: keys, index: index)

            #expect(verdict.exitCode == 0, "\(verdict.errors)")
            #expect(verdict.output.contains("verified: BitstringStatusListCredential https://pd.example.kz/v1/public/status-lists/revocation"))
            #expect(verdict.output.contains("status \(index): \(bit)\n"))
        }

        @Test("a JWT whose payload was changed is rejected")
        func tamperedPayload() async throws {
            let keys = CredentialKeys(signing: CredentialFixtures.key())
            let parts = try CredentialFixtures.signedStatusList(revoked: [3], key: keys.signing).split(separator: ".").map(String.init)
            // Index 3 "un-revoked": the same list without it, under the original signature.
            let forged = try CredentialFixtures.signedStatusList(revoked: [], key: keys.signing).split(separator: ".").map(String.init)
            let tampered = [parts[0], forged[1], parts[2]].joined(separator: ".")

            let verdict = try await Verifier.run(jwt: tampered, keys: keys, index: 3)
            #expect(verdict.exitCode != 0)
            #expect(!verdict.output.contains("status 3"))
        }

        @Test("a JWT signed by a key that is not in the JWKS is rejected")
        func unknownKey() async throws {
            let jwt = try CredentialFixtures.signedCredential(key: CredentialFixtures.key())
            let verdict = try await Verifier.run(jwt: jwt, keys: CredentialKeys(signing: CredentialFixtures.key()))
            #expect(verdict.exitCode != 0)
            #expect(verdict.errors.contains("is not in the key set"))
        }

        @Test("a JWT with a flipped signature bit is rejected")
        func tamperedSignature() async throws {
            let keys = CredentialKeys(signing: CredentialFixtures.key())
            let parts = try JWTParts(try CredentialFixtures.signedCredential(key: keys.signing))
            var signature = parts.signature
            signature[10] ^= 0x01
            let verdict = try await Verifier.run(jwt: parts.signingInput + "." + Base64URL.encode(signature), keys: keys)
            #expect(verdict.exitCode != 0)
            #expect(verdict.errors.contains("signature does not verify"))
        }
    }
}

/// What the credential tests start from: the contract sample's pass as a certificate, and
/// a made-up provider.
enum CredentialFixtures {
    static let issuer = CredentialIssuer(baseURL: "https://pd.example.kz/", name: "Центр повышения квалификации «Қадам»")
    static let verificationCode = "0123456789abcdef0123456789abcdef"
    static let credentialId = "https://pd.example.kz/v1/public/credentials/\(verificationCode)"

    static func key() -> SigningKey { SigningKey(privateKey: P256.Signing.PrivateKey()) }

    /// The certificate of the sample pass: two modules (B+, and a pass/fail one), the final A-, 72 hours.
    static func certificate() throws -> Certificate {
        let pass = Issuing.Pass(try Samples.payload(ListenerPassed.self))
        return Certificate(id: "certificate-1", registrationNumber: "QDM-2026-000001", listenerId: pass.listenerId,
                           fullName: pass.fullName, programmeCode: pass.programmeCode, issuedOn: "2026-06-20",
                           status: .valid, verificationCode: verificationCode, holderCode: String(repeating: "e", count: 32),
                           appendix: pass.appendix)
    }

    static func credential(_ certificate: Certificate, statusIndex: Int = 4_242,
                           holderEmail: String? = "aigul@example.kz") -> OpenBadgeCredential? {
        OpenBadgeCredential(certificate: certificate, statusIndex: statusIndex, holderEmail: holderEmail, salt: "5a17", issuer: issuer)
    }

    static func signedCredential(key: SigningKey = key(), statusIndex: Int = 4_242,
                                 holderEmail: String? = "aigul@example.kz") throws -> String {
        let credential = try #require(credential(try certificate(), statusIndex: statusIndex, holderEmail: holderEmail))
        return try CredentialJWT.sign(credential, with: key, issuer: issuer)
    }

    /// The credential's `credentialSubject`, from its signed JWT.
    static func subject(holderEmail: String? = "aigul@example.kz") throws -> [String: Any] {
        let payload = try JWTParts(try signedCredential(holderEmail: holderEmail)).payload
        return try #require(payload["credentialSubject"] as? [String: Any])
    }

    static func signedStatusList(revoked: Set<Int>, key: SigningKey = key(), now: Date = Date()) throws -> String {
        let credential = try StatusListCredential(list: BitstringStatusList(revoked: revoked), issuer: issuer, now: now)
        return try CredentialJWT.sign(credential, with: key, issuer: issuer)
    }
}

/// A compact JWS taken apart as a verifier does, with no code of the service's.
struct JWTParts {
    var header: [String: Any]
    var payload: [String: Any]
    var signature: Data
    var signingInput: String

    init(_ jwt: String) throws {
        let parts = jwt.split(separator: ".", omittingEmptySubsequences: false)
        try #require(parts.count == 3)
        func object(_ part: Substring) throws -> [String: Any] {
            let json = try #require(Base64URL.decode(part))
            return try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        }
        header = try object(parts[0])
        payload = try object(parts[1])
        signature = try #require(Base64URL.decode(parts[2]))
        signingInput = "\(parts[0]).\(parts[1])"
    }
}

/// Runs `Tests/Tools/verify-credential.py` with Debian's Python (which has python3-jwcrypto),
/// through the tests' own `ChildProcess` (Foundation's `Process` was seen to hang on Linux).
enum Verifier {
    struct Verdict {
        var exitCode: Int32
        /// Its standard output and error together: the verdict lines, or why it refused.
        var output: String
        var errors: String { output }
    }

    static func run(jwt: String, keys: CredentialKeys, index: Int? = nil) async throws -> Verdict {
        try await run(jwt: jwt, jwks: try JSONEncoder().encode(keys.jwks(issuer: CredentialFixtures.issuer)), index: index)
    }

    /// `jwks` as a verifier fetched it: from `/.well-known/jwks.json`, say.
    static func run(jwt: String, jwks: Data, index: Int? = nil) async throws -> Verdict {
        let directory = try TemporaryDirectory()
        let jwtPath = directory.path("credential.jwt")
        let jwksPath = directory.path("jwks.json")
        let outputPath = directory.path("output.txt")
        try jwt.write(toFile: jwtPath, atomically: true, encoding: .utf8)
        try jwks.write(to: URL(fileURLWithPath: jwksPath))
        let script = RepositoryPaths.root.appendingPathComponent("Tests/Tools/verify-credential.py").path
        let status = try await ChildProcess("/usr/bin/python3", [script, jwtPath, jwksPath] + (index.map { ["--index", String($0)] } ?? []),
                                            output: outputPath).exitCode()
        return Verdict(exitCode: status, output: (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "")
    }
}

/// SplitMix64: the same indexes on every run, so that a failure can be replayed.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
