import ServiceKit

extension MoveRules.Refusal: ExplainedRefusal {
    var field: String? {
        switch self {
        case .notStudying, .notPlacedByOrder, .courseEnded, .notInterrupted: nil
        case .beforeInterruption: "orderDate"
        case .notAModule(let index): "completedModules[\(index)]"
        default: "groupId"
        }
    }

    var code: String {
        switch self {
        case .notStudying: "listener-not-studying"
        case .notPlacedByOrder: "order-not-possible"
        case .courseEnded: "group-completed"
        case .notInterrupted: "listener-not-interrupted"
        default: "validation"
        }
    }

    var message: Localized {
        switch self {
        case .notStudying:
            Localized(kk: "Тыңдаушы қазір оқымайды", ru: "Слушатель сейчас не обучается", en: "The listener is not studying now")
        case .notPlacedByOrder:
            Localized(kk: "Бұйрық шығару мүмкін емес", ru: "Приказ издать нельзя", en: "The order cannot be issued")
        case .courseEnded, .completed:
            Localized(kk: "Топтың курсы аяқталған", ru: "Курс группы уже завершён", en: "The group's course has ended")
        case .notInterrupted:
            Localized(kk: "Тыңдаушының оқуы үзілмеген", ru: "Обучение слушателя не прерывалось", en: "The listener's course is not interrupted")
        case .otherProgramme:
            Localized(kk: "Топ басқа бағдарлама бойынша оқиды", ru: "Группа учится по другой программе", en: "The group studies another programme")
        case .notPlanned:
            Localized(kk: "Топ ешбір ағынға жоспарланбаған", ru: "Группа не запланирована ни в одном потоке", en: "The group is not planned in a stream")
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
        case .beforeInterruption:
            Localized(kk: "Оқу үзілген күннен бұрын", ru: "Раньше даты прерывания обучения", en: "Before the course was interrupted")
        case .notAModule:
            Localized(kk: "Бағдарламада мұндай модуль жоқ", ru: "В программе нет такого модуля", en: "The programme has no such module")
        case .unknownGroup:
            Localized(kk: "Топ табылмады", ru: "Группа не найдена", en: "No such group")
        }
    }

    var detail: Localized? {
        switch self {
        case .notStudying(let status): StoreText.status(status)
        case .notPlacedByOrder:
            Localized(kk: "Тыңдаушы қабылдау туралы бұйрықпен қабылданбаған: алдымен қабылдау бұйрығы шығарылады",
                      ru: "Слушатель не зачислен приказом: сначала издаётся приказ о зачислении",
                      en: "The listener was not admitted by an order: an admission order comes first")
        default: nil
        }
    }
}
