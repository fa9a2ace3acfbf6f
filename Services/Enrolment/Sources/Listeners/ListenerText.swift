import ServiceKit

/// What enrolment says of a listener, in Kazakh, Russian and English.
enum ListenerText {
    static func status(_ status: Listener.Status) -> Localized {
        switch status {
        case .studying: Localized(kk: "Оқып жүр", ru: "Обучается", en: "Studying")
        case .expelled: Localized(kk: "Оқудан шығарылған", ru: "Отчислен", en: "Expelled")
        case .withdrawn: Localized(kk: "Өтінімі кері қайтарылған", ru: "Заявка отозвана", en: "Withdrawn")
        case .interrupted: Localized(kk: "Оқуы үзілген", ru: "Обучение прервано", en: "Course interrupted")
        }
    }
}
