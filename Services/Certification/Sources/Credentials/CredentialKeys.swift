/// The keys of the credentials: one to sign with, and every key whose signatures still stand.
///
/// Keys are rotated by signing with a new key and keeping the old one published: credentials
/// already issued name the old key's `kid`, and stay verifiable only while it is in the JWKS.
struct CredentialKeys: Sendable {
    var signing: SigningKey
    /// Keys no longer signing whose credentials are still out there.
    var retired: [VerificationKey] = []

    /// The signing key first, then the retired ones; each once.
    var published: [VerificationKey] {
        var keys = [signing.verificationKey]
        for key in retired where !keys.contains(key) { keys.append(key) }
        return keys
    }

    /// What `/v1/public/keys` serves.
    func jwks(issuer: CredentialIssuer) -> JSONWebKeySet {
        JSONWebKeySet(keys: published.map { $0.jwk(issuer: issuer) })
    }

    /// One published key by its thumbprint (the last part of its `kid`), or nil.
    func key(thumbprint: String) -> VerificationKey? {
        published.first { $0.thumbprint == thumbprint }
    }
}
