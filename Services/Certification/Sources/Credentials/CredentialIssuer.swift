/// The provider as its credentials name it, and every public address they point to. All of
/// them hang off one base URL, so that a credential issued today still resolves once the
/// routes are served: a verifier follows these URLs, and they must never change.
struct CredentialIssuer: Sendable, Equatable {
    /// The public base URL, `https://pd.example.kz`, without a trailing slash.
    var baseURL: String
    /// The provider's Russian name, as the issuer's profile shows it.
    var name: String

    /// A trailing slash is dropped, so that the URLs below never read `…kz//issuer`.
    init(baseURL: String, name: String) {
        var base = Substring(baseURL)
        while base.hasSuffix("/") { base = base.dropLast() }
        self.baseURL = String(base)
        self.name = name
    }

    /// The issuer's id: the `iss` of every JWT and the `issuer.id` of every credential.
    var issuerId: String { "\(baseURL)/issuer" }

    /// A certificate's credential, by its unguessable verification code (as the QR code
    /// carries it), never by the sequential registration number.
    func credentialId(verificationCode: String) -> String {
        "\(baseURL)/v1/public/credentials/\(verificationCode)"
    }

    /// A programme's achievement: the same for every listener who passed it.
    func achievementId(programmeCode: String) -> String {
        "\(baseURL)/v1/public/achievements/\(programmeCode)"
    }

    /// The one revocation list every credential's `credentialStatus` points to.
    var statusListURL: String { "\(baseURL)/v1/public/status-lists/revocation" }

    /// A verification key by its RFC 7638 thumbprint: the `kid` of the JWTs it signed.
    func keyURL(thumbprint: String) -> String {
        "\(baseURL)/v1/public/keys/\(thumbprint)"
    }

    /// What both kinds of credential carry as `issuer`.
    var profile: IssuerProfile {
        IssuerProfile(id: issuerId, type: ["Profile"], name: name)
    }
}

/// The issuer as Open Badges writes it: an object with its own id, type and name, not only a URL.
struct IssuerProfile: Codable, Sendable, Equatable {
    var id: String
    var type: [String]
    var name: String
}
