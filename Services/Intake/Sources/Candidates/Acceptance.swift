import EventContracts
import Foundation
import GRDB
import Messaging

/// The rule of regulation 6.2: a candidate is accepted when every required paper is verified,
/// and not before. Acceptance is announced once, with what enrolment needs.
enum Acceptance {
    /// Accepted when complete and the programme is known; file-incomplete while a required paper
    /// stands rejected; otherwise still received (papers missing or waiting for review).
    static func status(of checklist: DocumentChecklist, programmeChosen: Bool) -> Candidate.Status {
        if checklist.complete { return programmeChosen ? .accepted : .received }
        let rejected = checklist.items.contains { $0.required && $0.document?.status == .rejected }
        return rejected ? .fileIncomplete : .received
    }

    /// Where the file stands after a change to it (a review, a new upload, a programme chosen
    /// for the request). Accepting publishes `intake.candidate.accepted` in the same transaction.
    static func reconsider(_ candidate: inout Candidate, outbox: Outbox, in db: Database, now: Date = Date()) throws {
        guard candidate.status.fileIsOpen else { return }
        let status = status(of: try DocumentChecklist.of(candidate, in: db), programmeChosen: candidate.programmeCode != nil)
        guard status != candidate.status else { return }
        candidate.status = status
        candidate.updatedAt = now
        try candidate.update(db)
        if status == .accepted {
            try outbox.append(try accepted(candidate, at: now, in: db), cause: .request(), in: db)
        }
    }

    static func accepted(_ candidate: Candidate, at time: Date, in db: Database) throws -> CandidateAccepted {
        CandidateAccepted(
            candidateId: candidate.id, requestId: candidate.requestId, fullName: candidate.fullName,
            programmeCode: candidate.programmeCode ?? "", language: candidate.language, funding: candidate.funding,
            employer: try employer(of: candidate, in: db), holder: try holder(candidate, in: db), acceptedAt: time)
    }

    /// The teacher's sex from their IIN, and their email from the application or the questionnaire.
    static func holder(_ candidate: Candidate, in db: Database) throws -> CandidateAccepted.Holder {
        let sex = (try? IIN(candidate.iin)).map { Sex(rawValue: $0.sex.rawValue)! }
        let email = try candidate.email ?? QuestionnaireRecord.find(iin: candidate.iin, in: db)?.email
        return .init(sex: sex, email: email)
    }

    /// The sending organisation when there is one; otherwise the employer an individual
    /// applicant named, with the workplace from the questionnaire.
    static func employer(of candidate: Candidate, in db: Database) throws -> CandidateAccepted.Employer {
        if let id = candidate.organisationId, let organisation = try Organisation.fetchOne(db, key: id) {
            return .init(organisationId: organisation.id, nameKk: organisation.nameKk, nameRu: organisation.nameRu,
                         email: organisation.email, postalAddress: organisation.postalAddress)
        }
        let workplace = try QuestionnaireRecord.find(iin: candidate.iin, in: db)?.workplace.organisation
        return .init(organisationId: nil, nameKk: nil, nameRu: workplace, email: candidate.employerEmail ?? "", postalAddress: nil)
    }
}
