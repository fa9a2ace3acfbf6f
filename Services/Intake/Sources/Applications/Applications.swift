import EventContracts
import Foundation
import GRDB
import ServiceKit
import Storage

/// An individual application (Appendix 1): it becomes a candidate with its questionnaire; the
/// papers follow.
enum Applications {
    static func submit(_ form: ApplicationForm.Valid, from organisationId: String?, by identity: Identity,
                       in db: Database) throws -> CandidateView {
        var refusals: [ApplicationRules.Refusal] = []
        if let organisationId, try !Organisation.exists(db, key: organisationId) { refusals.append(.unknownOrganisation) }
        if organisationId == nil && form.employerEmail == nil { refusals.append(.employerEmailRequired) }
        if try !CataloguedProgramme.isOpen(form.programmeCode, in: db) { refusals.append(.programmeNotOffered) }
        try Refusals.check(refusals)
        if let duplicate = try Duplicates.refusal(iin: form.questionnaire.iin, programmeCode: form.programmeCode, at: "programmeCode",
                                                  for: identity, in: db) {
            throw duplicate
        }
        let now = Date()
        let candidate = Candidate(
            id: RecordID.new(), requestId: nil, organisationId: organisationId, fullName: form.questionnaire.fullName,
            iin: form.questionnaire.iin, position: form.questionnaire.position, email: form.questionnaire.email,
            programmeCode: form.programmeCode, language: form.questionnaire.languageOfInstruction, funding: form.funding,
            employerEmail: form.employerEmail, status: .received, listenerId: nil, submittedBy: identity.subject,
            createdAt: now, updatedAt: now)
        try candidate.insert(db)
        try QuestionnaireRecord.save(form.questionnaire, source: .form, by: identity, in: db)
        return try CandidateView(candidate, in: db)
    }
}
