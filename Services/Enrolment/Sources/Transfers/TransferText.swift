import Hummingbird
import ServiceKit

/// What enrolment says about transfers and interruptions, in Kazakh, Russian and English.
enum TransferText {
    static func message(for refusal: MoveRules.Refusal) -> Localized {
        switch refusal {
        case .otherProgramme:
            Localized(kk: "Топ басқа бағдарлама бойынша оқиды", ru: "Группа учится по другой программе",
                      en: "The group studies another programme")
        case .notPlanned:
            Localized(kk: "Топ ешбір ағынға жоспарланбаған", ru: "Группа не запланирована ни в одном потоке",
                      en: "The group is not planned in a stream")
        case .completed:
            CompletionText.alreadyCompleted.title
        case .sameGroup:
            Localized(kk: "Оқу басқа топта жалғасады (7.4.4-т.)", ru: "Обучение продолжается в другой группе (п. 7.4.4)",
                      en: "The course resumes in another group (7.4.4)")
        case .full:
            Localized(kk: "Топта бос орын жоқ", ru: "В группе нет свободных мест", en: "The group has no free place")
        case .sameStream:
            Localized(kk: "Басқа ағынға ғана ауыстыруға болады (7.4.3-т.)", ru: "Перевод возможен только в другой поток (п. 7.4.3)",
                      en: "A transfer is to another stream (7.4.3)")
        case .outsideYear(let year):
            Localized(kk: "Ауыстыру тек ағымдағы \(year) күнтізбелік жылдың ішінде (7.4.3-т.)",
                      ru: "Перевод возможен только в пределах текущего \(year) календарного года (п. 7.4.3)",
                      en: "A transfer stays within the current calendar year, \(year) (7.4.3)")
        }
    }

    static func notStudying(_ status: Listener.Status) -> Problem {
        Problem(status: .conflict, type: Problem.typeBase + "listener-not-studying",
                title: Localized(kk: "Тыңдаушы қазір оқымайды", ru: "Слушатель сейчас не обучается", en: "The listener is not studying now"),
                detail: describe(status))
    }

    static func describe(_ status: Listener.Status) -> Localized {
        switch status {
        case .studying: Localized(kk: "Оқып жүр", ru: "Обучается", en: "Studying")
        case .dismissed: Localized(kk: "Оқудан шығарылған", ru: "Отчислен", en: "Expelled")
        case .withdrawn: Localized(kk: "Өтінімі кері қайтарылған", ru: "Заявка отозвана", en: "Withdrawn")
        case .interrupted: Localized(kk: "Оқуы үзілген", ru: "Обучение прервано", en: "Course interrupted")
        }
    }

    static let notInterrupted = Problem(
        status: .conflict, type: Problem.typeBase + "listener-not-interrupted",
        title: Localized(kk: "Тыңдаушының оқуы үзілмеген", ru: "Обучение слушателя не прерывалось",
                         en: "The listener's course is not interrupted"),
        detail: nil)
    static let beforeInterruption = Localized(kk: "Оқу үзілген күннен бұрын", ru: "Раньше даты прерывания обучения",
                                              en: "Before the course was interrupted")
    static let notAModule = Localized(kk: "Бағдарламада мұндай модуль жоқ", ru: "В программе нет такого модуля",
                                      en: "The programme has no such module")
}
