import Foundation
import GRDB

/// A certificate's PDF as it was issued, kept byte for byte with its SHA-256: served as it is,
/// never rendered again (a later font or layout would make another document), and what a
/// dropped file is checked against.
struct CertificateFile: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    var certificateId: String
    var pdf: Data
    /// Lower-case hex.
    var sha256: String
    /// The Open Badges 3.0 credential of the certificate, a VC-JWT signed when it was issued;
    /// nil for a certificate issued on a pass of version 1, which had no grades to state.
    var credential: String?
    /// The salt of the holder's hashed email in the credential.
    var credentialSalt: String?

    static let databaseTableName = "certificateFile"
}
