import Foundation

/// A credential the centre signs as a VC-JWT: its JWT claims repeat what the credential says
/// of itself, so a JWT library can check them without knowing credentials.
protocol SignableCredential: Encodable, Sendable {
    var id: String { get }
    var issuer: IssuerProfile { get }
    var validFrom: CredentialTime { get }
}

extension OpenBadgeCredential: SignableCredential {}

/// A credential signed as a VC-JWT (the form Open Badges 3.0 names first): a JWS in compact
/// serialization whose payload is the credential itself, with `iss`, `jti` and `nbf` beside
/// its own members. No `exp`: a certificate does not expire; a revoked one is told by the
/// status list.
enum CredentialJWT {
    /// `header.payload.signature`, each base64url without padding.
    static func sign(_ credential: some SignableCredential, with key: SigningKey, issuer: CredentialIssuer) throws -> String {
        let header = Header(kid: issuer.keyURL(thumbprint: key.verificationKey.thumbprint))
        let signingInput = Base64URL.encode(try json(header)) + "." + Base64URL.encode(try json(Payload(credential: credential)))
        return signingInput + "." + Base64URL.encode(try key.signature(for: Data(signingInput.utf8)))
    }

    /// Exactly these three members: a verifier given more (a `jwk` of the signer's choosing,
    /// say) might trust them, so nothing else is said.
    struct Header: Encodable, Equatable {
        var alg = "ES256"
        var kid: String
        var typ = "JWT"
    }

    /// The credential's members, then the JWT's registered claims in the same object.
    struct Payload<Credential: SignableCredential>: Encodable {
        var credential: Credential

        enum Claim: String, CodingKey { case iss, jti, nbf }

        func encode(to encoder: any Encoder) throws {
            try credential.encode(to: encoder)
            var claims = encoder.container(keyedBy: Claim.self)
            try claims.encode(credential.issuer.id, forKey: .iss)
            try claims.encode(credential.id, forKey: .jti)
            try claims.encode(credential.validFrom.secondsSince1970, forKey: .nbf)
        }
    }

    /// Sorted keys and unescaped slashes: the same credential always makes the same bytes,
    /// and URLs read as URLs.
    private static func json(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }
}
