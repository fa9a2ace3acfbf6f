import ServiceKit

/// What enrolment says of its records: those a request names that it does not have, and a
/// listener's status, which more than one feature's refusals name.
enum StoreText {
    static let noListener = Localized(kk: "Тыңдаушы табылмады", ru: "Слушатель не найден", en: "No such listener")
    static let noGroup = Localized(kk: "Топ табылмады", ru: "Группа не найдена", en: "No such group")
    static let noProgramme = Localized(kk: "Бағдарлама табылмады", ru: "Программа не найдена", en: "No such programme")
    static let noTrainer = Localized(kk: "Тренер табылмады", ru: "Тренер не найден", en: "No such trainer")
    static let noStream = Localized(kk: "Ағын табылмады", ru: "Поток не найден", en: "No such stream")
    static let noOrder = Localized(kk: "Бұйрық табылмады", ru: "Приказ не найден", en: "No such order")
    static let noContract = Localized(kk: "Шарт табылмады", ru: "Договор не найден", en: "No contract")
    static let noLetter = Localized(kk: "Хат табылмады", ru: "Письмо не найдено", en: "No such letter")

    static func status(_ status: Listener.Status) -> Localized {
        switch status {
        case .studying: Localized(kk: "Оқып жүр", ru: "Обучается", en: "Studying")
        case .expelled: Localized(kk: "Оқудан шығарылған", ru: "Отчислен", en: "Expelled")
        case .withdrawn: Localized(kk: "Өтінімі кері қайтарылған", ru: "Заявка отозвана", en: "Withdrawn")
        case .interrupted: Localized(kk: "Оқуы үзілген", ru: "Обучение прервано", en: "Course interrupted")
        }
    }
}
