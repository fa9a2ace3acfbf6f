extension OpenBadgeCredential {
    /// The credential of one certificate of the registry.
    ///
    /// - Parameters:
    ///   - statusIndex: the certificate's bit in the revocation list (`StatusListIndex`).
    ///   - holderEmail: the listener's email where it is known: the subject is named by it.
    ///   - salt: for the holder's hashed identity; new for each credential (`IdentityObject.newSalt`)
    ///     and kept with it, so that the credential is the same each time it is signed.
    ///
    /// Nil for a certificate issued on a version 1 pass: it has no titles, hours or grades,
    /// and an achievement without them would state nothing.
    init?(certificate: Certificate, statusIndex: Int, holderEmail: String?, salt: String, issuer: CredentialIssuer) {
        guard let appendix = certificate.appendix else { return nil }
        let achievementId = issuer.achievementId(programmeCode: certificate.programmeCode)
        let parts = GradedPart.all(of: appendix)
        let identity: IdentityObject = if let holderEmail, !holderEmail.isEmpty {
            .email(holderEmail, salt: salt)
        } else {
            .registrationNumber(certificate.registrationNumber, salt: salt)
        }

        self.init(
            id: issuer.credentialId(verificationCode: certificate.verificationCode),
            name: CredentialText.name(titleRu: appendix.titleRu),
            issuer: issuer.profile,
            validFrom: CredentialTime(certificate.issuedOn),
            credentialSubject: AchievementSubject(
                identifier: [identity],
                achievement: Achievement(
                    id: achievementId,
                    name: appendix.titleRu,
                    description: CredentialText.description(titleKk: appendix.titleKk, titleRu: appendix.titleRu,
                                                            hours: appendix.totalHours),
                    criteria: .init(narrative: CredentialText.criteria),
                    creditsAvailable: appendix.totalHours,
                    resultDescription: parts.map { $0.description(achievementId: achievementId) }),
                creditsEarned: appendix.totalHours,
                result: parts.map { $0.result(achievementId: achievementId) }),
            credentialStatus: BitstringStatusListEntry(index: statusIndex, issuer: issuer))
    }
}
