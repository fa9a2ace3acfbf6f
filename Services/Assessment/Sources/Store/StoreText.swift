import EventContracts
import ServiceKit

/// What assessment says of records that are not there, and of a listener's state, which every
/// feature that refuses to act on it says the same way.
enum StoreText {
    static let noListener = Localized(kk: "Тыңдаушы табылмады", ru: "Слушатель не найден", en: "No such listener")
    static let noGroup = Localized(kk: "Топ табылмады", ru: "Группа не найдена", en: "No such group")
    static let noPlan = Localized(kk: "Бағалау жоспары табылмады", ru: "План оценивания не найден", en: "No such assessment plan")

    static let expelled = Localized(kk: "Тыңдаушы оқудан шығарылған", ru: "Слушатель отчислен", en: "The listener is expelled")
    static let interrupted = Localized(kk: "Тыңдаушының оқуы үзілген", ru: "Обучение слушателя прервано",
                                       en: "The listener's course is interrupted")

    static func expelled(on day: CalendarDate) -> Localized {
        Localized(kk: "\(day.dotted) бастап оқудан шығарылған (7.5-т.)", ru: "Отчислен с \(day.dotted) (п. 7.5)", en: "Expelled on \(day) (7.5)")
    }

    static func interrupted(on day: CalendarDate) -> Localized {
        Localized(kk: "Оқу \(day.dotted) үзілді; жалғасқанда бағаланады (7.4.4-т.)",
                  ru: "Обучение прервано \(day.dotted); оценки ставятся после возобновления (п. 7.4.4)",
                  en: "Interrupted on \(day); graded once resumed (7.4.4)")
    }
}
