import EventContracts
import GRDB
import ServiceKit

/// A candidate's questionnaire (6.2.4): read and written by the centre's staff and by the
/// organisation that keeps it, and only ever of the candidate's own IIN.
enum Questionnaires {
    static func of(candidate id: String, for caller: Identity, in db: Database) throws -> Questionnaire {
        let candidate = try Candidate.find(id, for: caller, in: db)
        guard let questionnaire = try QuestionnaireRecord.find(iin: candidate.iin, for: caller, in: db) else {
            throw NotFound(StoreText.noQuestionnaire)
        }
        return questionnaire
    }

    /// Fills in or corrects the candidate's questionnaire.
    static func fill(_ questionnaire: Questionnaire, for candidateId: String, by caller: Identity, in db: Database) throws -> Questionnaire {
        let candidate = try Candidate.find(candidateId, for: caller, in: db)
        try Refusals.check(QuestionnaireRules.refusals(filling: questionnaire, for: candidate))
        try QuestionnaireRecord.save(questionnaire, source: .form, by: caller, in: db)
        return questionnaire
    }
}
