import ServiceKit

/// What intake says about candidates, in Kazakh, Russian and English.
enum CandidateText {
    static let noQuestionnaire = Localized(kk: "Сауалнама толтырылмаған", ru: "Анкета не заполнена", en: "No questionnaire yet")
    static let otherPersonsIIN = Localized(
        kk: "ЖСН кандидаттың ЖСН-імен сәйкес емес", ru: "ИИН не совпадает с ИИН кандидата", en: "Not the candidate's IIN")

    static func cannotWithdraw(_ status: Candidate.Status) -> Problem {
        Problem(status: .conflict, type: Problem.typeBase + "candidate-settled",
                title: Localized(kk: "Кандидатты қайтарып алуға болмайды", ru: "Кандидата нельзя отозвать",
                                 en: "The candidate can no longer be withdrawn"),
                detail: statusNow(status))
    }

    static func statusNow(_ status: Candidate.Status) -> Localized {
        Localized(kk: "Мәртебесі: \(status.rawValue)", ru: "Статус: \(status.rawValue)", en: "Status: \(status.rawValue)")
    }
}
