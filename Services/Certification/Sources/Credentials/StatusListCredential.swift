import Foundation

/// The revocation list as a credential of its own (`BitstringStatusListCredential`), signed
/// like the certificates' credentials: a verifier trusts a bit only if the centre signed it.
struct StatusListCredential: SignableCredential, Equatable {
    /// The list's terms are in the VC 2.0 context itself: it needs no other.
    var context = ["https://www.w3.org/ns/credentials/v2"]
    var id: String
    var type = ["VerifiableCredential", "BitstringStatusListCredential"]
    var issuer: IssuerProfile
    /// When this version of the list was made.
    var validFrom: CredentialTime
    var credentialSubject: Subject

    struct Subject: Encodable, Sendable, Equatable {
        var id: String
        var type = "BitstringStatusList"
        var statusPurpose = "revocation"
        var encodedList: String
    }

    enum CodingKeys: String, CodingKey {
        case context = "@context"
        case id, type, issuer, validFrom, credentialSubject
    }

    /// The list as it stands at `now`.
    init(list: BitstringStatusList, issuer: CredentialIssuer, now: Date) throws {
        id = issuer.statusListURL
        self.issuer = issuer.profile
        validFrom = CredentialTime(now)
        credentialSubject = Subject(id: "\(issuer.statusListURL)#list", encodedList: try list.encodedList())
    }
}
