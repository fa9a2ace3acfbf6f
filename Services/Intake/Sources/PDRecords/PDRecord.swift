import EventContracts
import Foundation
import GRDB
import Hummingbird
import ServiceKit

/// A teacher's PD record, by IIN (2.5, 8): every course she came to the centre for, with its
/// result, its certificates and their numbers, and the year of follow-up; and where her right
/// to PD stands.
struct PDRecord: Codable, Sendable, Equatable, ResponseEncodable {
    var iin: String
    /// As her latest request or application gives it.
    var fullName: String
    var lastCertifiedOn: CalendarDate?
    var dueOn: CalendarDate?
    var state: PDRight.State
    /// The oldest first.
    var courses: [Course]

    struct Course: Codable, Sendable, Equatable {
        var candidateId: String
        /// The organisation that sent her; left out for an organisation asking of another's.
        var organisationId: String?
        var programmeCode: String?
        var titleKk: String?
        var titleRu: String?
        var status: Candidate.Status
        var requestedAt: Date
        var result: Result?
        var certificates: [PDCertificate]
        var followUp: [PDFollowUp]
    }

    struct Result: Codable, Sendable, Equatable {
        var score: Int
        var totalHours: Int?
        var assessedOn: CalendarDate
    }
}

/// A teacher's candidates and the certificates they earned, read together: what her record
/// and an organisation's list are made of.
struct PDHistory {
    /// Oldest first.
    var candidates: [Candidate]
    var certificates: [PDCertificate]

    /// The candidacies the centre accepted (their papers verified), whatever came of them.
    static let accepted: Set<Candidate.Status> = [.accepted, .admitted, .completed, .certified, .expelled]

    /// Whose teacher she is: the organisation of her latest candidacy the centre accepted. A
    /// request an organisation merely filed, or withdrew, makes no teacher its own; or anyone
    /// could read a teacher's record by filing a request with her IIN.
    var organisationId: String? {
        candidates.last { Self.accepted.contains($0.status) }?.organisationId
    }

    var latest: PDCertificate? { PDRight.latest(certificates) }
    var lastCertifiedOn: CalendarDate? { latest?.courseDate }

    func state(on day: CalendarDate) -> PDRight.State {
        PDRight.state(candidates: candidates.map(\.status), lastCertifiedOn: lastCertifiedOn, on: day)
    }

    /// Each teacher's history, for the IINs given, in one read of each table.
    static func of(iins: [String], in db: Database) throws -> [String: PDHistory] {
        let candidates = try Candidate.filter(iins.contains(Column("iin"))).order(Column("createdAt"), Column.rowID).fetchAll(db)
        let certificates = try PDCertificate.filter(candidates.map(\.id).contains(Column("candidateId")))
            .order(Column("issuedOn")).fetchAll(db)
        let iinOf = Dictionary(uniqueKeysWithValues: candidates.map { ($0.id, $0.iin) })
        let certificatesByIIN = Dictionary(grouping: certificates) { iinOf[$0.candidateId] ?? "" }
        return Dictionary(grouping: candidates, by: \.iin).mapValues { candidates in
            PDHistory(candidates: candidates, certificates: certificatesByIIN[candidates[0].iin] ?? [])
        }
    }
}

extension PDRecord {
    /// The record of the teacher with `iin`, if `caller` may read it: the office always; an
    /// organisation when she is its teacher (`PDHistory.organisationId`), and then only her
    /// courses the centre accepted and its own requests. Otherwise, as for a teacher with no
    /// record, 404: whose teacher she is, or was, is not the asker's business.
    static func of(_ iin: String, for caller: Identity, today: CalendarDate, in db: Database) throws -> PDRecord {
        guard var history = try PDHistory.of(iins: [iin], in: db)[iin], let latest = history.candidates.last else { throw notFound }
        if caller.role == .organisation {
            guard let owner = history.organisationId, caller.mayActFor(organisation: owner) else { throw notFound }
            history.candidates = history.candidates.filter { PDHistory.accepted.contains($0.status) || $0.organisationId == owner }
        }
        let ids = history.candidates.map(\.id)
        let results = try CourseResult.filter(ids.contains(Column("candidateId"))).fetchAll(db)
        let plans = try PDFollowUp.filter(ids.contains(Column("candidateId"))).order(Column("startsOn")).fetchAll(db)
        let programmes = try CataloguedProgramme.filter(history.candidates.compactMap(\.programmeCode).contains(Column("code")))
            .fetchAll(db)
        let courses = history.candidates.map { candidate in
            let programme = programmes.first { $0.code == candidate.programmeCode }
            return Course(
                candidateId: candidate.id,
                organisationId: caller.mayActFor(organisation: candidate.organisationId) ? candidate.organisationId : nil,
                programmeCode: candidate.programmeCode, titleKk: programme?.titleKk, titleRu: programme?.titleRu,
                status: candidate.status, requestedAt: candidate.createdAt,
                result: results.first { $0.candidateId == candidate.id }
                    .map { Result(score: $0.score, totalHours: $0.totalHours, assessedOn: $0.assessedOn) },
                certificates: history.certificates.filter { $0.candidateId == candidate.id },
                followUp: plans.filter { $0.candidateId == candidate.id })
        }
        let last = history.lastCertifiedOn
        return PDRecord(iin: iin, fullName: latest.fullName, lastCertifiedOn: last, dueOn: PDRight.dueOn(lastCertifiedOn: last),
                        state: history.state(on: today), courses: courses)
    }

    static let notFound = NotFound(Localized(kk: "Бұл ЖСН бойынша педагогтің жазбасы жоқ", ru: "Записей о педагоге с этим ИИН нет",
                                             en: "No record of a teacher with this IIN"))
}
