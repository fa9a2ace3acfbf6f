import EventContracts
import Hummingbird
import ServiceKit

/// What enrolment says about expulsions, in Kazakh, Russian and English.
enum ExpulsionText {
    static let alreadyDismissed = Problem(
        status: .conflict, type: Problem.typeBase + "listener-dismissed",
        title: Localized(kk: "Тыңдаушы оқудан шығарылған", ru: "Слушатель уже отчислен", en: "The listener is already expelled"),
        detail: nil)
    static let notAdmittedByOrder = OrderText.conflict(Localized(
        kk: "Тыңдаушы қабылдау туралы бұйрықпен қабылданбаған: алдымен қабылдау бұйрығы шығарылады",
        ru: "Слушатель не зачислен приказом: сначала издаётся приказ о зачислении",
        en: "The listener was not admitted by an order: an admission order comes first"))
    static let nothingOwed = Localized(
        kk: "Тыңдаушының шарты бойынша қарызы жоқ: төлемеу себебімен шығаруға болмайды",
        ru: "По договору слушателя нет задолженности: отчислить за неуплату нельзя",
        en: "The listener's contract leaves nothing owed: non-payment is no ground")
    static let notFailed = Problem(
        status: .conflict, type: Problem.typeBase + "letter-not-failed",
        title: Localized(kk: "Хат жіберуден бас тартылмаған", ru: "Письмо не было отклонено", en: "The letter has not failed"),
        detail: Localized(kk: "Қайта жіберуге тек қабылданбаған хат қойылады", ru: "Повторно отправляется только отклонённое письмо",
                          en: "Only a letter the relay refused is sent again"))
    static let letterNotFound = Localized(kk: "Хат табылмады", ru: "Письмо не найдено", en: "No such letter")

    static func reasonKk(_ reason: ListenerDismissed.Reason) -> String {
        switch reason {
        case .unpaid: "шарт бойынша оқу ақысы уақытында төленбеген"
        case .studyPlanNotFollowed: "жеке оқу жоспары орындалмаған"
        case .rulesBroken: "университеттің ішкі тәртіп ережелері бұзылған"
        }
    }

    static func reasonRu(_ reason: ListenerDismissed.Reason) -> String {
        switch reason {
        case .unpaid: "не внесена в срок плата за обучение по договору"
        case .studyPlanNotFollowed: "не выполняется индивидуальный учебный план"
        case .rulesBroken: "нарушены правила внутреннего распорядка университета"
        }
    }
}
