import ServiceKit

/// What enrolment says of records a request names that it does not have.
enum StoreText {
    static let noListener = Localized(kk: "Тыңдаушы табылмады", ru: "Слушатель не найден", en: "No such listener")
    static let noGroup = Localized(kk: "Топ табылмады", ru: "Группа не найдена", en: "No such group")
    static let noProgramme = Localized(kk: "Бағдарлама табылмады", ru: "Программа не найдена", en: "No such programme")
    static let noTrainer = Localized(kk: "Тренер табылмады", ru: "Тренер не найден", en: "No such trainer")
    static let noStream = Localized(kk: "Ағын табылмады", ru: "Поток не найден", en: "No such stream")
    static let noOrder = Localized(kk: "Бұйрық табылмады", ru: "Приказ не найден", en: "No such order")
    static let noContract = Localized(kk: "Шарт табылмады", ru: "Договор не найден", en: "No contract")
    static let noLetter = Localized(kk: "Хат табылмады", ru: "Письмо не найдено", en: "No such letter")
}
