import Foundation
import JWTKit
import ServiceKit
import Testing

@Suite("Bearer tokens")
struct TokenAuthorityTests {
    static let secret = "0123456789abcdef0123456789abcdef-main"
    static let otherSecret = "0123456789abcdef0123456789abcdef-other"

    @Test("a token issued for a role verifies as that role", arguments: Role.allCases)
    func issuedTokenVerifiesWithItsRole(role: Role) async throws {
        let authority = try await TokenAuthority(secret: Self.secret)
        let token = try await authority.issue(Identity(subject: "aigul", role: role), validFor: 3600)

        let identity = await authority.verify(token)

        #expect(identity == Identity(subject: "aigul", role: role))
    }

    @Test("an organisation token carries its one organisation")
    func organisationTokenCarriesItsOrganisation() async throws {
        let authority = try await TokenAuthority(secret: Self.secret)
        let issued = Identity(subject: "school-17", role: .organisation, organisationId: "org-42")
        let token = try await authority.issue(issued, validFor: 3600)

        #expect(await authority.verify(token)?.organisationId == "org-42")
    }

    @Test("another service of the installation, built from the same secret, accepts the token")
    func sameSecretVerifiesAcrossAuthorities() async throws {
        let issuer = try await TokenAuthority(secret: Self.secret)
        let verifier = try await TokenAuthority(secret: Self.secret)
        let token = try await issuer.issue(Identity(subject: "op", role: .operator), validFor: 3600)

        #expect(await verifier.verify(token)?.role == .operator)
    }

    @Test("an expired token is refused")
    func expiredTokenIsRefused() async throws {
        let authority = try await TokenAuthority(secret: Self.secret)
        let twoHoursAgo = Date().addingTimeInterval(-7200)
        let token = try await authority.issue(Identity(subject: "op", role: .operator), validFor: 3600, now: twoHoursAgo)

        #expect(await authority.verify(token) == nil)
    }

    @Test("a token signed with another secret is refused")
    func tokenFromAnotherSecretIsRefused() async throws {
        let stranger = try await TokenAuthority(secret: Self.otherSecret)
        let authority = try await TokenAuthority(secret: Self.secret)
        let token = try await stranger.issue(Identity(subject: "op", role: .admin), validFor: 3600)

        #expect(await authority.verify(token) == nil)
    }

    @Test("a token whose role was edited after signing is refused")
    func editedRoleIsRefused() async throws {
        let authority = try await TokenAuthority(secret: Self.secret)
        let token = try await authority.issue(Identity(subject: "t", role: .trainer), validFor: 3600)
        let parts = token.split(separator: ".").map(String.init)
        try #require(parts.count == 3)
        let payload = try #require(Base64URL.decode(parts[1]))
        let edited = String(decoding: payload, as: UTF8.self).replacingOccurrences(of: "\"trainer\"", with: "\"admin\"")
        try #require(edited.contains("\"admin\""))
        let forged = [parts[0], Base64URL.encode(Data(edited.utf8)), parts[2]].joined(separator: ".")

        #expect(await authority.verify(forged) == nil)
    }

    @Test("an unsigned token (alg none) is refused")
    func unsignedTokenIsRefused() async throws {
        let authority = try await TokenAuthority(secret: Self.secret)
        let header = Base64URL.encode(Data(#"{"alg":"none","typ":"JWT"}"#.utf8))
        let far = Int(Date().timeIntervalSince1970) + 3600
        let payload = Base64URL.encode(Data(#"{"sub":"x","iss":"qadam","exp":\#(far),"iat":0,"role":"admin"}"#.utf8))

        #expect(await authority.verify("\(header).\(payload).") == nil)
    }

    /// Claims as a forger writes them, signed with the installation's own secret: only what the
    /// test changes is wrong with the token.
    struct ForgedClaims: JWTPayload {
        var sub = SubjectClaim(value: "x")
        var iss = IssuerClaim(value: "qadam")
        var exp = ExpirationClaim(value: Date().addingTimeInterval(3600))
        var iat = IssuedAtClaim(value: Date())
        var nbf: NotBeforeClaim?
        var role = "operator"
        func verify(using algorithm: some JWTAlgorithm) async throws {}
    }

    static func signed(_ claims: ForgedClaims, header: JWTHeader = JWTHeader()) async throws -> String {
        let keys = JWTKeyCollection()
        await keys.add(hmac: HMACKey(from: secret), digestAlgorithm: .sha256)
        return try await keys.sign(claims, header: header)
    }

    @Test("a token signed by the secret and well formed is accepted: the forgeries below differ from it in one thing only")
    func wellFormedIsAccepted() async throws {
        let authority = try await TokenAuthority(secret: Self.secret)
        #expect(await authority.verify(try await Self.signed(ForgedClaims()))?.role == .operator)
    }

    @Test("a token whose header names another algorithm is refused, though the secret signed it")
    func anotherAlgorithmIsRefused() async throws {
        let authority = try await TokenAuthority(secret: Self.secret)
        let token = try await Self.signed(ForgedClaims())
        let parts = token.split(separator: ".").map(String.init)
        let keys = JWTKeyCollection()
        await keys.add(hmac: HMACKey(from: Self.secret), digestAlgorithm: .sha256)
        for alg in ["HS512", "HS384", "RS256", "hs256"] {
            let header = Base64URL.encode(Data(#"{"alg":"\#(alg)","typ":"JWT"}"#.utf8))
            // Signed as HS256 over the edited header, so only the header's claim is false.
            let resigned = try await keys.sign(ForgedClaims(), header: JWTHeader(fields: ["alg": .string(alg), "typ": .string("JWT")]))
            #expect(await authority.verify(resigned) == nil, "\(alg)")
            #expect(await authority.verify("\(header).\(parts[1]).\(parts[2])") == nil, "\(alg)")
        }
    }

    @Test("a token not valid before a time to come, or issued in the future, is refused")
    func notYetValidIsRefused() async throws {
        let authority = try await TokenAuthority(secret: Self.secret)
        var later = ForgedClaims()
        later.nbf = NotBeforeClaim(value: Date().addingTimeInterval(3600))
        #expect(await authority.verify(try await Self.signed(later)) == nil)
        var future = ForgedClaims()
        future.iat = IssuedAtClaim(value: Date().addingTimeInterval(86_400))
        #expect(await authority.verify(try await Self.signed(future)) == nil)
        var past = ForgedClaims()
        past.nbf = NotBeforeClaim(value: Date().addingTimeInterval(-60))
        #expect(await authority.verify(try await Self.signed(past))?.role == .operator)
    }

    @Test("a token of another issuer, or of a role there is not, is refused")
    func foreignClaimsAreRefused() async throws {
        let authority = try await TokenAuthority(secret: Self.secret)
        var foreign = ForgedClaims()
        foreign.iss = IssuerClaim(value: "someone-else")
        #expect(await authority.verify(try await Self.signed(foreign)) == nil)
        var superuser = ForgedClaims()
        superuser.role = "superuser"
        #expect(await authority.verify(try await Self.signed(superuser)) == nil)
    }

    @Test("garbage is refused", arguments: ["", "garbage", "a.b.c", "Bearer", "....", "eyJhbGciOiJIUzI1NiJ9.e30."])
    func garbageIsRefused(token: String) async throws {
        let authority = try await TokenAuthority(secret: Self.secret)
        #expect(await authority.verify(token) == nil)
    }

    @Test("a secret shorter than 32 bytes is refused")
    func shortSecretIsRefused() async throws {
        await #expect(throws: TokenAuthority.TokenError.self) {
            _ = try await TokenAuthority(secret: String(repeating: "x", count: 31))
        }
    }

    @Test("a secret of exactly 32 bytes, counted in UTF-8, is accepted")
    func thirtyTwoByteSecretIsAccepted() async throws {
        // 16 Kazakh letters of two bytes each: 16 characters, 32 bytes.
        let secret = String(repeating: "ә", count: 16)
        #expect(secret.utf8.count == 32)
        let authority = try await TokenAuthority(secret: secret)
        let token = try await authority.issue(Identity(subject: "s", role: .rector), validFor: 60)
        #expect(await authority.verify(token)?.role == .rector)
    }
}

/// base64url without padding, as JWTs spell their parts.
enum Base64URL {
    static func encode(_ data: Data) -> String {
        data.base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    static func decode(_ text: String) -> Data? {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        return Data(base64Encoded: base64)
    }
}
