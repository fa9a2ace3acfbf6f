import EventContracts
import Foundation
import GRDB
import ServiceKit

/// A teacher on the way to a course: one of the teachers on an organisation's request, or a
/// teacher who applied alone (Appendix 1). The organisation, or the applicant through the
/// centre's staff, follows the status as the other services report it.
public struct Candidate: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public enum Status: String, Codable, Sendable, CaseIterable {
        /// Waiting for papers, or for their review.
        case received
        /// A required paper was rejected and must be sent again.
        case fileIncomplete = "file-incomplete"
        /// Every required paper verified; announced to enrolment.
        case accepted, admitted, completed, certified, expelled, withdrawn
    }

    public var id: String
    /// The organisation's request the candidate is on; nil for an individual application.
    public var requestId: String?
    /// The organisation that sent the candidate or submitted the application, whose tokens
    /// may read it; nil for an application the centre's staff took from the teacher alone.
    public var organisationId: String?
    public var fullName: String
    public var iin: String
    public var position: String?
    public var email: String?
    /// Nil while the request names only a topic and the centre has not yet chosen a programme.
    public var programmeCode: String?
    public var language: Language
    public var funding: Funding
    /// Where notices go for an individual applicant's employer (regulation 7.5); a request's
    /// candidates use the organisation's official address.
    public var employerEmail: String?
    public var status: Status
    /// Set when enrolment admits the candidate; later services' events name the listener.
    public var listenerId: String?
    public var submittedBy: String
    public var createdAt: Date
    public var updatedAt: Date

    public static let databaseTableName = "candidate"
}

extension Candidate {
    /// The candidate, if `identity` may see it; another organisation's is answered as absent,
    /// not forbidden: its existence is none of the asker's business.
    static func find(_ id: String, for identity: Identity, in db: Database) throws -> Candidate {
        guard let candidate = try Candidate.fetchOne(db, key: id), identity.mayActFor(organisation: candidate.organisationId) else {
            throw NotFound(StoreText.noCandidate)
        }
        return candidate
    }

    /// The candidate enrolment admitted as `listenerId`.
    static func find(listener listenerId: String, in db: Database) throws -> Candidate? {
        try Candidate.filter(Column("listenerId") == listenerId).fetchOne(db)
    }

    /// The candidates of a request, in the order they were listed.
    static func on(request requestId: String, in db: Database) throws -> [Candidate] {
        try Candidate.filter(Column("requestId") == requestId).order(Column("createdAt"), Column.rowID).fetchAll(db)
    }

    /// The teacher's candidates for a programme, whatever their status.
    static func all(iin: String, programmeCode: String, in db: Database) throws -> [Candidate] {
        try Candidate.filter(Column("iin") == iin && Column("programmeCode") == programmeCode).fetchAll(db)
    }
}
