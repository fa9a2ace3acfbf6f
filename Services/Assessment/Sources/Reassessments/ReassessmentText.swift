import ServiceKit

extension ReassessmentRules.Refusal: ExplainedRefusal {
    var field: String? {
        switch self {
        case .groupNeeded, .unknownGroup, .otherProgramme, .notTheNextStream: "groupId"
        case .expelled, .notFailed, .alreadyOpen, .yearOver, .oncePerYear: nil
        }
    }

    var code: String {
        switch self {
        case .expelled: "listener-expelled"
        case .notFailed: "not-failed"
        case .alreadyOpen: "reassessment-open"
        case .yearOver: "reassessment-year-over"
        case .oncePerYear: "reassessed-this-year"
        default: "validation"
        }
    }

    var message: Localized {
        switch self {
        case .expelled: StoreText.expelled
        case .notFailed(let result):
            result == .passed
                ? Localized(kk: "Тыңдаушы бағалаудан өткен", ru: "Слушатель уже аттестован", en: "The listener has passed")
                : Localized(kk: "Қайта бағалау тек өтпеген тыңдаушыға ашылады", ru: "Повторная аттестация — только для не прошедших",
                            en: "Only a listener who failed is reassessed")
        case .alreadyOpen(let opened):
            Localized(kk: "Қайта бағалау \(opened.dotted) ашылған, әлі аяқталмаған", ru: "Повторная аттестация открыта \(opened.dotted) и ещё не завершена",
                      en: "A reassessment opened on \(opened) is still being taken")
        case .yearOver(let since):
            Localized(kk: "\(since.dotted) бастап бір жыл өтті (7.4.1-т.)", ru: "С \(since.dotted) прошло больше года (п. 7.4.1)",
                      en: "More than a year has passed since \(since) (7.4.1)")
        case .oncePerYear(let last):
            Localized(kk: "Жылына бір реттен артық емес: соңғысы \(last.dotted) (7.4.1-т.)",
                      ru: "Не чаще одного раза в год: последняя — \(last.dotted) (п. 7.4.1)",
                      en: "At most once a year: the last was on \(last) (7.4.1)")
        case .groupNeeded:
            Localized(kk: "Келесі ағынның тобын көрсетіңіз (7.4.2-т.)", ru: "Укажите группу следующего потока (п. 7.4.2)",
                      en: "Name a group of the next stream (7.4.2)")
        case .unknownGroup:
            Localized(kk: "Топ белгісіз: оған әлі тренер бекітілмеген", ru: "Группа неизвестна: ей ещё не назначен тренер",
                      en: "No such group known: no trainer is assigned to it yet")
        case .otherProgramme:
            Localized(kk: "Топ басқа бағдарлама бойынша оқиды (7.4.2-т.)", ru: "Группа учится по другой программе (п. 7.4.2)",
                      en: "The group studies another programme (7.4.2)")
        case .notTheNextStream(let next):
            next.map {
                Localized(kk: "Келесі ағын \($0.dotted) басталады: оның тобын көрсетіңіз (7.4.2-т.)",
                          ru: "Следующий поток начинается \($0.dotted): укажите его группу (п. 7.4.2)",
                          en: "The next stream starts on \($0): name one of its groups (7.4.2)")
            } ?? Localized(kk: "Келесі ағын әлі жоспарланбаған (7.4.2-т.)", ru: "Следующий поток ещё не запланирован (п. 7.4.2)",
                           en: "No next stream is planned yet (7.4.2)")
        }
    }

    var detail: Localized? {
        guard case .expelled(let day) = self else { return nil }
        return StoreText.expelled(on: day)
    }
}
