import Crypto
import Foundation
import GRDB
import Printing
import ServiceKit
import Storage

/// A certificate's PDF: rendered once, when it is issued, and kept; what is served and mailed
/// is that file, byte for byte.
enum CertificateFiles {
    static func render(_ certificate: Certificate, settings: CertificationSettings) throws -> CertificateFile {
        let document = CertificatePages.document(certificate, provider: settings.provider,
                                                 verificationURL: settings.verificationURL(code: certificate.verificationCode))
        let pdf = try CertificatePages.render(document)
        return CertificateFile(certificateId: certificate.id, pdf: pdf, sha256: sha256(pdf), credential: nil, credentialSalt: nil)
    }

    static func sha256(_ data: Data) -> String {
        Hexadecimal.string(SHA256.hash(data: data))
    }

    /// The file of `certificate`. One issued before certificates were printed here is rendered
    /// now, once, and kept from then on like the others.
    static func file(of certificate: Certificate, settings: CertificationSettings, database: any DatabaseWriter) async throws -> Data {
        if let stored = try await database.read({ db in try CertificateFile.fetchOne(db, key: certificate.id) }) { return stored.pdf }
        let rendered = try render(certificate, settings: settings)
        return try await database.write { db in
            if let stored = try CertificateFile.fetchOne(db, key: certificate.id) { return stored.pdf }
            try rendered.insert(db)
            return rendered.pdf
        }
    }

    /// The certificate whose issued file is exactly `data`, if any.
    static func certificate(issuedAs data: Data, in db: Database) throws -> Certificate? {
        guard let file = try CertificateFile.filter(Column("sha256") == sha256(data)).fetchOne(db) else { return nil }
        return try Certificate.fetchOne(db, key: file.certificateId)
    }

    /// `QDM-2026-000042.pdf`: the number, with anything a file name should not hold replaced.
    static func filename(_ certificate: Certificate, extension suffix: String = "pdf") -> String {
        let safe = certificate.registrationNumber.map { $0.isLetter || $0.isNumber || $0 == "-" ? $0 : "_" }
        return String(safe) + "." + suffix
    }
}
