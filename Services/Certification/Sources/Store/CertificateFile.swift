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

    static let databaseTableName = "certificateFile"
}
