import ServiceKit

/// What intake says about organisations' requests, in Kazakh, Russian and English.
enum RequestText {
    static let programmeOrTopic = Localized(
        kk: "Бағдарлама кодын немесе тақырыпты көрсетіңіз", ru: "Укажите код программы или тему",
        en: "Give a programme code or a topic")
    static let inThePast = Localized(kk: "Күн өтіп кеткен", ru: "Дата уже прошла", en: "The date has passed")
    static let endBeforeStart = Localized(
        kk: "Аяқталу күні басталу күнінен бұрын", ru: "Дата окончания раньше даты начала", en: "The end is before the start")
    /// The same IIN further down the list, with where it first was.
    static func listedTwice(_ place: Localized) -> Localized {
        Localized(kk: "Бұл ЖСН тізімде \(place.kk) бар", ru: "Этот ИИН уже есть в списке \(place.ru)",
                  en: "This IIN is already listed \(place.en)")
    }

    /// A place in a JSON list, counting from one, as people do.
    static func number(_ index: Int) -> Localized {
        Localized(kk: "\(index + 1)-орында", ru: "под номером \(index + 1)", en: "at number \(index + 1)")
    }

    static func line(_ line: Int) -> Localized {
        Localized(kk: "\(line)-жолда", ru: "в строке \(line)", en: "on line \(line)")
    }
}

extension RequestRules.Refusal: ExplainedRefusal {
    var field: String? {
        switch self {
        case .unknownOrganisation: "organisationId"
        case .programmeNotOffered(let field): field
        case .withdrawn, .programmeSettled: nil
        }
    }

    var code: String {
        switch self {
        case .withdrawn: "request-withdrawn"
        case .programmeSettled: "programme-settled"
        default: "validation"
        }
    }

    var message: Localized {
        switch self {
        case .unknownOrganisation:
            Localized(kk: "Ұйым тізілімде жоқ", ru: "Организация не зарегистрирована", en: "The organisation is not registered")
        case .programmeNotOffered:
            Localized(kk: "Мұндай бекітілген бағдарлама жоқ немесе ол тоқтатылған (4.8-т.); бағдарламалар тізімі: GET /v1/programmes",
                      ru: "Нет такой утверждённой программы или она снята с применения (п. 4.8); список программ: GET /v1/programmes",
                      en: "No approved programme has this code, or it is retired (4.8); the programmes are at GET /v1/programmes")
        case .withdrawn:
            Localized(kk: "Өтінім қайтарылып алынған", ru: "Заявка уже отозвана", en: "The request is already withdrawn")
        case .programmeSettled:
            Localized(kk: "Бағдарлама қабылданған кандидаттар үшін бекітілген", ru: "Программа уже закреплена за принятыми кандидатами",
                      en: "The programme is settled for candidates already accepted")
        }
    }
}
