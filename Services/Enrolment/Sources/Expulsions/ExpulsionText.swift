import ServiceKit

extension ExpulsionRules.Refusal: ExplainedRefusal {
    var field: String? { self == .nothingOwed ? "reason" : nil }

    var code: String {
        switch self {
        case .alreadyExpelled: "listener-expelled"
        case .notStudying: "listener-not-studying"
        case .notAdmittedByOrder: "order-not-possible"
        case .nothingOwed: "validation"
        }
    }

    var message: Localized {
        switch self {
        case .alreadyExpelled:
            Localized(kk: "Тыңдаушы оқудан шығарылған", ru: "Слушатель уже отчислен", en: "The listener is already expelled")
        case .notStudying:
            Localized(kk: "Тыңдаушы қазір оқымайды", ru: "Слушатель сейчас не обучается", en: "The listener is not studying now")
        case .notAdmittedByOrder:
            Localized(kk: "Бұйрық шығару мүмкін емес", ru: "Приказ издать нельзя", en: "The order cannot be issued")
        case .nothingOwed:
            Localized(kk: "Тыңдаушының шарты бойынша қарызы жоқ: төлемеу себебімен шығаруға болмайды",
                      ru: "По договору слушателя нет задолженности: отчислить за неуплату нельзя",
                      en: "The listener's contract leaves nothing owed: non-payment is no ground")
        }
    }

    var detail: Localized? {
        switch self {
        case .notStudying(let status): StoreText.status(status)
        case .notAdmittedByOrder:
            Localized(kk: "Тыңдаушы қабылдау туралы бұйрықпен қабылданбаған: алдымен қабылдау бұйрығы шығарылады",
                      ru: "Слушатель не зачислен приказом: сначала издаётся приказ о зачислении",
                      en: "The listener was not admitted by an order: an admission order comes first")
        default: nil
        }
    }
}

extension LetterRefusal: ExplainedRefusal {
    var code: String { "letter-not-failed" }
    var message: Localized {
        Localized(kk: "Хат жіберуден бас тартылмаған", ru: "Письмо не было отклонено", en: "The letter has not failed")
    }
    var detail: Localized? {
        Localized(kk: "Қайта жіберуге тек қабылданбаған хат қойылады", ru: "Повторно отправляется только отклонённое письмо",
                  en: "Only a letter the relay refused is sent again")
    }
}
