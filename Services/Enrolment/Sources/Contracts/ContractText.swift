import Hummingbird
import ServiceKit

/// What enrolment says about contracts and payments, in Kazakh, Russian and English.
enum ContractText {
    static let notFound = Localized(kk: "Шарт табылмады", ru: "Договор не найден", en: "No contract")
    static let budgetPaysNothing = Localized(
        kk: "Бюджет есебінен оқитын тыңдаушы ақы төлемейді: бағасы 0", ru: "Слушатель за счёт бюджета не платит: цена 0",
        en: "A budget-funded listener pays nothing: the price is 0")
    static let positiveAmount = Localized(kk: "Сома нөлден көп болуы керек", ru: "Сумма должна быть больше нуля",
                                          en: "The amount must be above zero")
    static let duplicatePayment = Localized(kk: "Бұл нөмірлі төлем құжаты тіркелген", ru: "Платёжный документ с этим номером уже учтён",
                                            en: "A payment document with this number is recorded")

    static func moreThanOwed(_ balance: Int) -> Localized {
        let amount = tenge(balance)
        return Localized(kk: "Қарыздан артық: қалғаны \(amount) ₸", ru: "Больше долга: осталось \(amount) ₸",
                         en: "More than is owed: \(amount) ₸ remain")
    }

    static let exists = Problem(
        status: .conflict, type: Problem.typeBase + "contract-exists",
        title: Localized(kk: "Шарт бар", ru: "Договор уже заключён", en: "The contract exists"), detail: nil)

    /// `125000,50`: tenge and tiyn as Kazakh and Russian documents write an amount.
    static func tenge(_ tiyn: Int) -> String {
        let tenge = tiyn / 100
        let rest = tiyn % 100
        return "\(tenge)," + (rest < 10 ? "0\(rest)" : "\(rest)")
    }
}
