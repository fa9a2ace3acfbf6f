import GRDB
import ServiceKit

/// Regulation 6 knows one application per teacher and programme: the same IIN applying again
/// for a programme while a first application is still on its way is the same candidate, and
/// is pointed to it rather than stored twice.
enum Duplicates {
    static func openCandidate(iin: String, programmeCode: String?, in db: Database) throws -> Candidate? {
        guard let programmeCode else { return nil }
        return try Candidate.all(iin: iin, programmeCode: programmeCode, in: db).first { $0.status.isOpen }
    }

    /// The refusal of a teacher already on the way, named at `field`, unless it is `candidateId` itself.
    static func refusal(iin: String, programmeCode: String?, at field: String, for identity: Identity, except candidateId: String? = nil,
                        in db: Database) throws -> CandidateRules.Refusal? {
        guard let existing = try openCandidate(iin: iin, programmeCode: programmeCode, in: db), existing.id != candidateId else { return nil }
        return .alreadyApplied(field: field, candidateId: existing.id, visible: identity.mayActFor(organisation: existing.organisationId))
    }
}
