import Foundation
import GRDB
import ServiceKit

/// The public check: a certificate found by one of the three ways, as the public may see it.
public enum PublicChecks {
    /// How a check looked for its certificate, for the log.
    public enum Way: String, Codable, Sendable, CaseIterable {
        case code, paper, file
    }

    struct Found: Sendable {
        var certificate: Certificate
        var shown: PublicCertificate
    }

    static func byCode(_ code: String, settings: CertificationSettings, in db: Database) throws -> Found? {
        try found(try Certificate.filter(Column("verificationCode") == code).fetchOne(db), settings: settings, in: db)
    }

    static func byPaper(number: String, surname: String, settings: CertificationSettings, in db: Database) throws -> Found? {
        guard let certificate = try Certificate.find(number: number, in: db),
              PublicCheckRules.matches(surname: surname, fullName: certificate.fullName) else { return nil }
        return try found(certificate, settings: settings, in: db)
    }

    static func byFile(_ data: Data, settings: CertificationSettings, in db: Database) throws -> Found? {
        try found(try CertificateFiles.certificate(issuedAs: data, in: db), settings: settings, in: db)
    }

    /// A superseded certificate links to the check of the one that replaced it.
    private static func found(_ certificate: Certificate?, settings: CertificationSettings, in db: Database) throws -> Found? {
        guard let certificate else { return nil }
        let replacement = try certificate.supersededBy.flatMap { try Certificate.fetchOne(db, key: $0) }
        return Found(certificate: certificate,
                     shown: PublicCertificate(certificate, replacement: replacement.map { settings.verificationURL(code: $0.verificationCode) }))
    }
}
