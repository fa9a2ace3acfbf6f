import ServiceKit

extension ContractRules.Refusal: ExplainedRefusal {
    var field: String? {
        switch self {
        case .exists: nil
        case .budgetPaysNothing, .priceRequired, .positivePrice: "priceTiyn"
        case .duplicatePayment: "number"
        case .moreThanOwed: "amountTiyn"
        }
    }

    var code: String { "contract-exists" }

    var message: Localized {
        switch self {
        case .exists: Localized(kk: "Шарт бар", ru: "Договор уже заключён", en: "The contract exists")
        case .budgetPaysNothing:
            Localized(kk: "Бюджет есебінен оқитын тыңдаушы ақы төлемейді: бағасы 0", ru: "Слушатель за счёт бюджета не платит: цена 0",
                      en: "A budget-funded listener pays nothing: the price is 0")
        case .priceRequired: .required
        case .positivePrice:
            Localized(kk: "Сома нөлден көп болуы керек", ru: "Сумма должна быть больше нуля", en: "The amount must be above zero")
        case .duplicatePayment:
            Localized(kk: "Бұл нөмірлі төлем құжаты тіркелген", ru: "Платёжный документ с этим номером уже учтён",
                      en: "A payment document with this number is recorded")
        case .moreThanOwed(let balance):
            Localized(kk: "Қарыздан артық: қалғаны \(Money.tenge(balance)) ₸", ru: "Больше долга: осталось \(Money.tenge(balance)) ₸",
                      en: "More than is owed: \(Money.tenge(balance)) ₸ remain")
        }
    }
}

/// Sums as Kazakh and Russian documents write them.
enum Money {
    /// `125000,50`: tenge and tiyn.
    static func tenge(_ tiyn: Int) -> String {
        String(format: "%d,%02d", tiyn / 100, tiyn % 100)
    }
}
