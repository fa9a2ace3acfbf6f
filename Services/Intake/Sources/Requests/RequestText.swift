import ServiceKit

/// What intake says about organisations' requests, in Kazakh, Russian and English.
enum RequestText {
    static let notFound = Localized(kk: "Өтінім табылмады", ru: "Заявка не найдена", en: "No such request")
    static let programmeOrTopic = Localized(
        kk: "Бағдарлама кодын немесе тақырыпты көрсетіңіз", ru: "Укажите код программы или тему",
        en: "Give a programme code or a topic")
    static let inThePast = Localized(kk: "Күн өтіп кеткен", ru: "Дата уже прошла", en: "The date has passed")
    static let endBeforeStart = Localized(
        kk: "Аяқталу күні басталу күнінен бұрын", ru: "Дата окончания раньше даты начала", en: "The end is before the start")
    static let noTeachers = Localized(kk: "Педагогтер тізімі бос", ru: "Список педагогов пуст", en: "The list of teachers is empty")
    static let unknownOrganisation = Localized(
        kk: "Ұйым тізілімде жоқ", ru: "Организация не зарегистрирована", en: "The organisation is not registered")
    static let alreadyWithdrawn = Problem(
        status: .conflict, type: Problem.typeBase + "request-withdrawn",
        title: Localized(kk: "Өтінім қайтарылып алынған", ru: "Заявка уже отозвана", en: "The request is already withdrawn"))

    static let programmeSettled = Problem(
        status: .conflict, type: Problem.typeBase + "programme-settled",
        title: Localized(kk: "Бағдарлама қабылданған кандидаттар үшін бекітілген", ru: "Программа уже закреплена за принятыми кандидатами",
                         en: "The programme is settled for candidates already accepted"))

    static func tooManyTeachers(_ limit: Int) -> Localized {
        Localized(kk: "Бір өтінімде ең көбі \(limit) педагог", ru: "В одной заявке не больше \(limit) педагогов",
                  en: "At most \(limit) teachers in one request")
    }

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
