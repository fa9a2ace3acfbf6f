import Foundation
import GRDB

/// The verifiable credential of each certificate, from the registry: signed when the
/// certificate is issued and kept with its file; and the revocation list, from the certificates
/// that no longer stand.
enum CertificateCredentials {
    /// A bit of the revocation list no certificate holds yet, drawn at random.
    static func newIndex(in db: Database) throws -> Int {
        // Asked index by index (the column is unique, so indexed): reading every used index
        // for each certificate made issuing slower the larger the registry grew.
        let taken = try db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM certificate WHERE statusListIndex = ?)")
        var generator = SystemRandomNumberGenerator()
        let index = try StatusListIndex.random(
            using: &generator,
            isUsed: { index in try Bool.fetchOne(taken, arguments: [index]) ?? false },
            allUsed: { Set(try Int.fetchAll(db, sql: "SELECT statusListIndex FROM certificate WHERE statusListIndex IS NOT NULL")) })
        guard let index else { throw ListFull() }
        return index
    }

    /// The signed credential of `certificate` and its salt; nil for one with no appendix (a
    /// version 1 pass) or no bit in the list.
    static func sign(_ certificate: Certificate, holderEmail: String?, settings: CertificationSettings) throws
        -> (credential: String, salt: String)? {
        let salt = IdentityObject.newSalt()
        guard let index = certificate.statusListIndex,
              let credential = OpenBadgeCredential(certificate: certificate, statusIndex: index, holderEmail: holderEmail,
                                                   salt: salt, issuer: settings.issuer) else { return nil }
        return (try CredentialJWT.sign(credential, with: settings.keys.signing, issuer: settings.issuer), salt)
    }

    /// The credential of `certificate` as kept with its file. One issued before certificates had
    /// credentials is given its bit and signed now, once, and kept from then on; nil for one
    /// with no appendix (a pass of version 1 had no grades to state).
    static func stored(_ certificate: Certificate, settings: CertificationSettings, database: any DatabaseWriter) async throws -> String? {
        if let kept = try await database.read({ db in try CertificateFile.fetchOne(db, key: certificate.id)?.credential }) { return kept }
        guard certificate.appendix != nil else { return nil }
        // Its file first, as it too may be one not yet rendered.
        _ = try await CertificateFiles.file(of: certificate, settings: settings, database: database)
        return try await database.write { db in
            guard var file = try CertificateFile.fetchOne(db, key: certificate.id) else { return nil }
            if let kept = file.credential { return kept }
            var current = try Certificate.existing(certificate.id, in: db)
            if current.statusListIndex == nil {
                current.statusListIndex = try newIndex(in: db)
                try current.update(db)
            }
            let email = try current.candidateId.flatMap { try Holder.fetchOne(db, key: $0) }?.email
            guard let signed = try sign(current, holderEmail: email, settings: settings) else { return nil }
            (file.credential, file.credentialSalt) = (signed.credential, signed.salt)
            try file.update(db)
            return signed.credential
        }
    }

    /// The list as it stands: a certificate revoked, or replaced by a reissue, has its bit set
    /// (the replaced one names a holder or a paper that no longer stands; the new one has a
    /// credential of its own).
    static func statusList(in db: Database) throws -> BitstringStatusList {
        BitstringStatusList(revoked: try Int.fetchAll(db, sql: """
            SELECT statusListIndex FROM certificate WHERE statusListIndex IS NOT NULL AND status != 'valid'
            """))
    }

    /// Every one of the list's 131,072 bits is taken: a new list is needed (not before a
    /// provider has issued that many credentials).
    struct ListFull: Error, CustomStringConvertible {
        var description: String { "every index of the revocation list is taken" }
    }
}
