import ServiceKit

/// What intake says of records a request names that it does not have, or that are not the
/// caller's to see.
enum StoreText {
    static let noCandidate = Localized(kk: "Кандидат табылмады", ru: "Кандидат не найден", en: "No such candidate")
    static let noRequest = Localized(kk: "Өтінім табылмады", ru: "Заявка не найдена", en: "No such request")
    static let noOrganisation = Localized(kk: "Ұйым табылмады", ru: "Организация не найдена", en: "No such organisation")
    static let noDocument = Localized(kk: "Құжат табылмады", ru: "Документ не найден", en: "No such document")
    static let noQuestionnaire = Localized(kk: "Сауалнама толтырылмаған", ru: "Анкета не заполнена", en: "No questionnaire yet")
}
