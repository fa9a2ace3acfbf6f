import EventContracts
import GRDB

/// A certificate a plan follows. A plan starts with the certificate it was opened for; a
/// reissue (a corrected name, a lost original) supersedes it with a new one and keeps the plan;
/// a revocation closes the plan.
struct PlanCertificate: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    enum Status: String, Codable, Sendable, CaseIterable { case valid, revoked, superseded }

    var certificateId: String
    var planId: String
    /// Nil for the certificate of a plan opened before numbers were kept.
    var registrationNumber: String?
    var issuedOn: CalendarDate
    var status: Status

    static let databaseTableName = "planCertificate"
}
