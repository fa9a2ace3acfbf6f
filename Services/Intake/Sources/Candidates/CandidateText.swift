import ServiceKit

/// What intake says about candidates, in Kazakh, Russian and English.
enum CandidateText {
    static let notFound = Localized(kk: "Кандидат табылмады", ru: "Кандидат не найден", en: "No such candidate")
    static let noQuestionnaire = Localized(kk: "Сауалнама толтырылмаған", ru: "Анкета не заполнена", en: "No questionnaire yet")
    static let otherPersonsIIN = Localized(
        kk: "ЖСН кандидаттың ЖСН-імен сәйкес емес", ru: "ИИН не совпадает с ИИН кандидата", en: "Not the candidate's IIN")

    static let questionnaireKeptElsewhere = Problem(
        status: .conflict, type: Problem.typeBase + "questionnaire-kept-elsewhere",
        title: Localized(kk: "Бұл педагогтің сауалнамасын орталық немесе басқа ұйым жүргізеді",
                         ru: "Анкету этого педагога ведёт центр или другая организация",
                         en: "This teacher's questionnaire is kept by the centre or another organisation"),
        detail: Localized(kk: "Оны орталық қызметкерлері өзгерте алады", ru: "Изменить её могут сотрудники центра",
                          en: "The centre's staff can change it"))

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
