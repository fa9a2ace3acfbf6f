import EventContracts
import Foundation
import GRDB
import Hummingbird
import ServiceKit
import Storage

/// A teacher admitted to a course: placed in a group from the waiting list (4.2).
public struct Listener: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord, ResponseEncodable {
    public var id: String
    /// The candidate's id at intake: one listener per accepted candidate.
    public var candidateId: String
    public var fullName: String
    public var programmeCode: String
    public var groupId: String
    public var admittedAt: Date
    /// The group's language of instruction the listener asked for.
    public var language: Language
    /// Who pays (1.9): a budget listener's admission rests on the education authority's letter
    /// (6.8) and owes nothing.
    public var funding: Funding
    /// Intake's sending organisation, whose current address enrolment keeps (`Employer`); nil
    /// for a teacher who applied alone, or one admitted before enrolment kept employers.
    public var employerOrganisationId: String?
    /// The employer as enrolment last heard of it: named on acceptance, then kept current from
    /// intake's corrections of a registered organisation (`Employer`), so that staff read the
    /// address the next notice goes to.
    public var employerEmail: String
    public var employerNameKk: String?
    public var employerNameRu: String?
    public var employerPostalAddress: String?
    public var status: Status
    /// The order that expelled the listener (7.5).
    public var expulsionOrderId: String?

    public static let databaseTableName = "listener"

    /// `studying` holds a place in the group; `expelled` by order (7.5); `withdrawn` at
    /// intake; `interrupted` broke off the course for a valid reason (7.4.4) and may resume
    /// it in another group.
    public enum Status: String, Codable, Sendable, CaseIterable {
        case studying, expelled, withdrawn, interrupted
    }
}

extension Listener {
    /// The listener an accepted candidate becomes in `groupId`, addressed as enrolment knows its
    /// employer now (a correction may have come while the candidate waited).
    init(_ candidate: CandidateAccepted, groupId: String, admittedAt: Date) {
        self.init(id: RecordID.new(), candidateId: candidate.candidateId, fullName: candidate.fullName,
                  programmeCode: candidate.programmeCode, groupId: groupId, admittedAt: admittedAt, language: candidate.language,
                  funding: candidate.funding, employerOrganisationId: candidate.employer.organisationId,
                  employerEmail: candidate.employer.email, employerNameKk: candidate.employer.nameKk,
                  employerNameRu: candidate.employer.nameRu, employerPostalAddress: candidate.employer.postalAddress,
                  status: .studying, expulsionOrderId: nil)
    }

    /// The employer's name and addresses as `employer` gives them.
    mutating func address(_ employer: Employer) {
        employerEmail = employer.email
        employerNameKk = employer.nameKk
        employerNameRu = employer.nameRu
        employerPostalAddress = employer.postalAddress
    }

    static func existing(_ id: String, in db: Database) throws -> Listener {
        guard let listener = try Listener.fetchOne(db, key: id) else { throw NotFound(StoreText.noListener) }
        return listener
    }

    /// The listener intake's candidate became, if they were placed.
    static func find(candidate candidateId: String, in db: Database) throws -> Listener? {
        try Listener.filter(Column("candidateId") == candidateId).fetchOne(db)
    }

    /// The group's listeners studying in it, in the order they came.
    static func studying(in groupId: String, _ db: Database) throws -> [Listener] {
        try Listener.filter(Column("groupId") == groupId && Column("status") == Status.studying.rawValue)
            .order(Column("admittedAt"), Column.rowID).fetchAll(db)
    }
}

extension Listener {
    /// Listeners in order of admission: intake's candidate's, a group's, or all.
    static func list(candidateId: String?, groupId: String?, in db: Database) throws -> [Listener] {
        var query = Listener.all().order(Column("admittedAt"))
        if let candidateId { query = query.filter(Column("candidateId") == candidateId) }
        if let groupId { query = query.filter(Column("groupId") == groupId) }
        return try query.fetchListing(db)
    }
}
