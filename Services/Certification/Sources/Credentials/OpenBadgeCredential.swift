/// A certificate as an Open Badges 3.0 `OpenBadgeCredential`, a W3C Verifiable Credential
/// (data model 2.0): what a listener can carry into a wallet or an employer's system and have
/// checked there without asking the centre.
///
/// Only terms the two contexts define are written: JSON-LD processing rejects a credential with
/// a term its contexts do not know, so anything of the centre's own (the registration number,
/// the listener's IIN) stays out. The holder's name is not a term of an `AchievementSubject`
/// either; the subject is named by a hashed identifier instead (`IdentityObject`).
struct OpenBadgeCredential: Encodable, Sendable, Equatable {
    /// In this order: the VC 2.0 context first, as the data model requires, then Open Badges'.
    static let contexts = [
        "https://www.w3.org/ns/credentials/v2",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    ]

    var context: [String] = Self.contexts
    var id: String
    var type = ["VerifiableCredential", "OpenBadgeCredential"]
    var name: String
    var issuer: IssuerProfile
    /// The day of issue. No `issuanceDate`: that was VC 1.1's; 2.0 has `validFrom`.
    var validFrom: CredentialTime
    var credentialSubject: AchievementSubject
    var credentialStatus: BitstringStatusListEntry

    enum CodingKeys: String, CodingKey {
        case context = "@context"
        case id, type, name, issuer, validFrom, credentialSubject, credentialStatus
    }
}

/// Who achieved what, and with which results.
struct AchievementSubject: Encodable, Sendable, Equatable {
    var type = ["AchievementSubject"]
    /// The holder has no DID, so the subject has no `id`; it is named by a hashed identity.
    var identifier: [IdentityObject]
    var achievement: Achievement
    var creditsEarned: Int
    var result: [AchievementResult]
}

/// The programme, as every listener who passed it achieved it.
struct Achievement: Encodable, Sendable, Equatable {
    var id: String
    var type = ["Achievement"]
    var name: String
    var description: String
    var criteria: Criteria
    var achievementType = "Certificate"
    /// The programme's academic hours.
    var creditsAvailable: Int
    /// What each result below is a result of: one per module, then the final assessment.
    var resultDescription: [ResultDescription]

    struct Criteria: Encodable, Sendable, Equatable {
        var narrative: String
    }
}

/// One graded part of the programme and the values its grade can take.
struct ResultDescription: Encodable, Sendable, Equatable {
    var id: String
    var type = ["ResultDescription"]
    var name: String
    var resultType: String
    /// Ordered from the lowest value to the highest, as Open Badges asks.
    var allowedValue: [String]
}

/// The holder's grade in one part. (Not `Result`, which would hide Swift's.)
struct AchievementResult: Encodable, Sendable, Equatable {
    var type = ["Result"]
    /// The id of the `ResultDescription` this is a grade in.
    var resultDescription: String
    var value: String
}

/// Where a verifier reads whether the credential was revoked: one bit of the centre's
/// revocation list (W3C Bitstring Status List). A single object: the credential has one status.
struct BitstringStatusListEntry: Encodable, Sendable, Equatable {
    var id: String
    var type = "BitstringStatusListEntry"
    var statusPurpose = "revocation"
    /// The index in base 10, as a string: so the Bitstring Status List spec writes it.
    var statusListIndex: String
    var statusListCredential: String

    init(index: Int, issuer: CredentialIssuer) {
        id = "\(issuer.statusListURL)#\(index)"
        statusListIndex = String(index)
        statusListCredential = issuer.statusListURL
    }
}
