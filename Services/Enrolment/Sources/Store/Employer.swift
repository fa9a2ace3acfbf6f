import EventContracts
import Foundation
import GRDB
import Hummingbird
import ServiceKit
import Storage

/// Enrolment's copy of an organisation in intake's register that sends teachers: where the
/// notice of an expulsion goes (7.5). Kept current from intake's events, so a corrected
/// address reaches the next letter.
public struct Employer: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    /// Intake's organisation id.
    public var id: String
    public var nameKk: String?
    public var nameRu: String?
    public var email: String
    public var postalAddress: String?
    /// When intake last corrected the entry; nil for a copy taken from an acceptance, which any
    /// correction replaces.
    public var updatedAt: Date?

    public static let databaseTableName = "employer"
}

extension Employer {
    /// Where a notice about `listener` goes: the registered organisation's current entry, or
    /// the employer an individual applicant named.
    static func of(_ listener: Listener, in db: Database) throws -> Employer {
        if let id = listener.employerOrganisationId, let employer = try Employer.fetchOne(db, key: id) { return employer }
        return Employer(id: listener.employerOrganisationId ?? "", nameKk: listener.employerNameKk, nameRu: listener.employerNameRu,
                        email: listener.employerEmail, postalAddress: listener.employerPostalAddress, updatedAt: nil)
    }
}
