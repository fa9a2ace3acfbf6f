import Crypto
import Foundation

/// The P-256 key the service signs its credentials with (ES256).
///
/// Kept in a PEM file (PKCS #8) across restarts: every credential issued names its key by
/// `kid`, and a key made afresh at each start would leave all of them unverifiable.
struct SigningKey: Sendable {
    let privateKey: P256.Signing.PrivateKey

    /// What verifiers get of it: the public half, published in the JWKS.
    var verificationKey: VerificationKey { VerificationKey(privateKey.publicKey) }

    /// The key in the PEM file at `path`; where there is none yet, a new key, written there
    /// first (its directory created if need be).
    static func loadOrCreate(at path: String) throws -> SigningKey {
        if FileManager.default.fileExists(atPath: path) { return try load(from: path) }
        let key = SigningKey(privateKey: P256.Signing.PrivateKey())
        if try KeyFile.create(at: path, contents: key.privateKey.pemRepresentation) {
            return key
        }
        // Another process (a second instance starting at the same moment) wrote its key
        // first: both must sign with that one.
        return try load(from: path)
    }

    /// The key in the PEM file at `path` (PKCS #8 or SEC 1): a retired key too, to publish it.
    static func load(from path: String) throws -> SigningKey {
        let pem = try String(contentsOfFile: path, encoding: .utf8)
        do {
            return SigningKey(privateKey: try P256.Signing.PrivateKey(pemRepresentation: pem))
        } catch {
            throw KeyFile.Failure(path: path, reason: "not a P-256 private key in PEM (\(error))")
        }
    }

    /// The JWS signature of `signingInput`: R and S, 32 bytes each (RFC 7518 §3.4), which is
    /// what ES256 asks for, not the DER that X.509 uses.
    func signature(for signingInput: Data) throws -> Data {
        try privateKey.signature(for: signingInput).rawRepresentation
    }
}
