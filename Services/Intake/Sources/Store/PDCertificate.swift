import EventContracts
import GRDB

/// A certificate certification issued to a candidate, as intake heard of it.
struct PDCertificate: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    /// Valid; replaced by a reissue (which keeps its course date); or revoked, which gives no
    /// right to have had PD.
    enum Status: String, Codable, Sendable, CaseIterable { case valid, superseded, revoked }

    var certificateId: String
    var candidateId: String
    var registrationNumber: String
    var programmeCode: String
    var issuedOn: CalendarDate
    /// The day of the course's certificate: the first one's, which a reissue keeps.
    var courseDate: CalendarDate
    var status: Status
    var replacesCertificateId: String?
    var revokedOn: CalendarDate?

    static let databaseTableName = "pdCertificate"
}
