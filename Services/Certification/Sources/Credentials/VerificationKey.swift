import Crypto
import Foundation

/// A public P-256 key that verifiers may check the centre's credentials with, named by its
/// RFC 7638 thumbprint: a name that follows from the key itself, so it needs no registry and
/// never points at the wrong key.
struct VerificationKey: Sendable, Equatable {
    let publicKey: P256.Signing.PublicKey

    init(_ publicKey: P256.Signing.PublicKey) {
        self.publicKey = publicKey
    }

    /// The point's coordinates, 32 bytes each: the raw representation is x followed by y.
    var x: Data { publicKey.rawRepresentation.prefix(32) }
    var y: Data { publicKey.rawRepresentation.suffix(32) }

    /// RFC 7638: base64url SHA-256 of the key's required members, in lexical order and with
    /// no whitespace. Written out by hand, as the RFC spells it, rather than left to a JSON
    /// encoder's choice of order and escaping.
    var thumbprint: String {
        let members = #"{"crv":"P-256","kty":"EC","x":"\#(Base64URL.encode(x))","y":"\#(Base64URL.encode(y))"}"#
        return Base64URL.encode(SHA256.hash(data: Data(members.utf8)))
    }

    /// The key as a JWK, its `kid` the URL it is served at.
    func jwk(issuer: CredentialIssuer) -> JSONWebKey {
        JSONWebKey(x: Base64URL.encode(x), y: Base64URL.encode(y), kid: issuer.keyURL(thumbprint: thumbprint))
    }

    static func == (lhs: VerificationKey, rhs: VerificationKey) -> Bool {
        lhs.publicKey.rawRepresentation == rhs.publicKey.rawRepresentation
    }
}

/// A public key as JWKS publishes it (RFC 7517), for ES256 signatures only.
struct JSONWebKey: Codable, Sendable, Equatable {
    var kty = "EC"
    var crv = "P-256"
    var x: String
    var y: String
    var kid: String
    var alg = "ES256"
    var use = "sig"
}

/// `{"keys": [...]}`: every key a verifier may meet in a credential's `kid`.
struct JSONWebKeySet: Codable, Sendable, Equatable {
    var keys: [JSONWebKey]
}
