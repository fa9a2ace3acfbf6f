import Foundation
import JWTKit

/// Issues and checks bearer tokens: JWTs signed with HMAC-SHA256 from a secret that every
/// service of one installation shares through its configuration.
public struct TokenAuthority: Sendable {
    struct Claims: JWTPayload {
        var sub: SubjectClaim
        var iss: IssuerClaim
        var exp: ExpirationClaim
        var iat: IssuedAtClaim
        /// Never issued here; honoured if present, as RFC 7519 asks.
        var nbf: NotBeforeClaim?
        var role: Role
        var org: String?

        func verify(using algorithm: some JWTAlgorithm) async throws {
            try exp.verifyNotExpired()
            try nbf?.verifyNotBefore(currentDate: Date().addingTimeInterval(TokenAuthority.clockSkew))
            guard iss.value == TokenAuthority.issuer else { throw JWTError.claimVerificationFailure(failedClaim: iss, reason: "unknown issuer") }
            // A token issued in the future was not issued by a clock of this installation.
            guard iat.value <= Date().addingTimeInterval(TokenAuthority.clockSkew) else {
                throw JWTError.claimVerificationFailure(failedClaim: iat, reason: "issued in the future")
            }
        }
    }

    static let issuer = "qadam"
    /// How far the services' clocks may disagree.
    static let clockSkew: TimeInterval = 60
    private let keys: JWTKeyCollection

    /// Secrets shorter than 32 bytes are refused: HS256 is only as strong as its key.
    public init(secret: String) async throws {
        guard secret.utf8.count >= 32 else { throw TokenError.weakSecret }
        keys = JWTKeyCollection()
        await keys.add(hmac: HMACKey(from: secret), digestAlgorithm: .sha256)
    }

    public func issue(_ identity: Identity, validFor lifetime: TimeInterval, now: Date = Date()) async throws -> String {
        let claims = Claims(sub: .init(value: identity.subject), iss: .init(value: Self.issuer),
                            exp: .init(value: now.addingTimeInterval(lifetime)), iat: .init(value: now),
                            role: identity.role, org: identity.organisationId)
        return try await keys.sign(claims)
    }

    /// The identity a token proves, or nil for a token that is malformed, forged or expired.
    public func verify(_ token: String) async -> Identity? {
        guard Self.namesHS256(token), let claims = try? await keys.verify(token, as: Claims.self) else { return nil }
        return Identity(subject: claims.sub.value, role: claims.role, organisationId: claims.org)
    }

    /// Only HS256 is issued, so a token whose header names any other algorithm is refused
    /// whatever its signature: the key alone must not decide how a token is checked (RFC 8725
    /// §3.1), and JWTKit checks a token against the one key it has, whatever its header says.
    static func namesHS256(_ token: String) -> Bool {
        struct Header: Decodable {
            var alg: String
            var typ: String?
        }
        guard let encoded = token.split(separator: ".", omittingEmptySubsequences: false).first else { return false }
        var base64 = encoded.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        guard let data = Data(base64Encoded: base64), let header = try? JSONDecoder().decode(Header.self, from: data) else { return false }
        return header.alg == "HS256" && (header.typ == nil || header.typ == "JWT")
    }

    public enum TokenError: Error, CustomStringConvertible {
        case weakSecret
        public var description: String { "AUTH_SECRET must be at least 32 bytes" }
    }
}
