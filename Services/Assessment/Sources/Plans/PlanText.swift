import ServiceKit

extension PlanRules.Refusal: ExplainedRefusal {
    var forbidsTheCaller: Bool { self == .anotherLeadersProgramme }

    var field: String? {
        switch self {
        case .anotherLeadersProgramme: nil
        case .noSuchModule(let index, _), .repeated(let index, _): "modules[\(index)].number"
        case .nothingWeighs: "modules"
        }
    }

    var code: String { self == .anotherLeadersProgramme ? "programme-of-another-leader" : "validation" }

    var message: Localized {
        switch self {
        case .anotherLeadersProgramme:
            Localized(kk: "Бұл басқа бағдарлама жетекшісінің бағдарламасы (4.7-т.)", ru: "Это программа другого руководителя (п. 4.7)",
                      en: "This is another programme leader's programme (4.7)")
        case .noSuchModule(_, let number):
            Localized(kk: "Бағдарламада \(number)-модуль жоқ", ru: "В программе нет модуля \(number)", en: "The programme has no module \(number)")
        case .repeated(_, let number):
            Localized(kk: "\(number)-модуль екі рет аталған", ru: "Модуль \(number) указан дважды", en: "Module \(number) is named twice")
        case .nothingWeighs:
            Localized(kk: "Әріптік шкаладағы кемінде бір модульдің салмағы нөлден артық болуы керек",
                      ru: "Хотя бы один модуль с буквенной шкалой должен иметь ненулевой вес",
                      en: "At least one module on the letter scale must weigh something")
        }
    }
}
