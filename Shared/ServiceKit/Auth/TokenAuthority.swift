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
        var role: Role
        var org: String?

        func verify(using algorithm: some JWTAlgorithm) async throws {
            try exp.verifyNotExpired()
            guard iss.value == TokenAuthority.issuer else { throw JWTError.claimVerificationFailure(failedClaim: iss, reason: "unknown issuer") }
        }
    }

    static let issuer = "qadam"
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
        guard let claims = try? await keys.verify(token, as: Claims.self) else { return nil }
        return Identity(subject: claims.sub.value, role: claims.role, organisationId: claims.org)
    }

    public enum TokenError: Error, CustomStringConvertible {
        case weakSecret
        public var description: String { "AUTH_SECRET must be at least 32 bytes" }
    }
}
