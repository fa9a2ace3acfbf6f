import ServiceKit

extension CompletionRules.Refusal: ExplainedRefusal {
    var code: String { self == .alreadyCompleted ? "group-completed" : "order-not-possible" }

    var message: Localized {
        switch self {
        case .alreadyCompleted:
            Localized(kk: "Топтың курсы аяқталған", ru: "Курс группы уже завершён", en: "The group's course has ended")
        case .nobodyAdmitted:
            Localized(kk: "Топта бұйрықпен қабылданған және оқып жүрген тыңдаушы жоқ",
                      ru: "В группе нет слушателей, зачисленных приказом и продолжающих обучение",
                      en: "The group has no listener admitted by order and still studying")
        }
    }
}
