import EventContracts
import Foundation
import GRDB
import Messaging
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
    public var funding: OrganisationRequest.Funding
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

extension Candidate.Status {
    /// How far along the way a status is. Events from different services may arrive in any
    /// order, so a status only ever moves forward.
    var stage: Int {
        switch self {
        case .received, .fileIncomplete: 0
        case .accepted: 1
        case .admitted: 2
        case .completed: 3
        case .certified: 4
        case .expelled, .withdrawn: 5
        }
    }

    /// Still on the way: a second application for the same programme would double it.
    var isOpen: Bool { stage < 3 }

    /// The file can still change: papers uploaded, reviewed, replaced.
    var fileIsOpen: Bool { stage == 0 }

    /// The status after a service reports `reported`: the later of the two, except that
    /// nothing moves a candidate who has left.
    func advanced(to reported: Candidate.Status) -> Candidate.Status {
        stage >= 5 || reported.stage <= stage ? self : reported
    }
}

extension Candidate {
    /// The candidate, if `identity` may see it; another organisation's is answered as absent,
    /// not forbidden: its existence is none of the asker's business.
    static func find(_ id: String, for identity: Identity, in db: Database) throws -> Candidate {
        guard let candidate = try Candidate.fetchOne(db, key: id), identity.mayActFor(organisation: candidate.organisationId) else {
            throw Problem.notFound(CandidateText.notFound)
        }
        return candidate
    }

    /// The candidate leaves (regulation 6: an application may be withdrawn); enrolment hears of
    /// it and frees any place it held.
    mutating func withdraw(reason: String, outbox: Outbox, in db: Database, now: Date = Date()) throws {
        status = .withdrawn
        updatedAt = now
        try update(db)
        try outbox.append(CandidateWithdrawn(candidateId: id, requestId: requestId, reason: reason, withdrawnAt: now),
                          cause: .request(), in: db)
    }
}
