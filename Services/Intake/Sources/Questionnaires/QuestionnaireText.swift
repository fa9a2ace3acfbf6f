import ServiceKit

/// What the questionnaire's checks say, in Kazakh, Russian and English.
enum QuestionnaireText {
    static let birthDateDisagreesWithIIN = Localized(
        kk: "Туған күні ЖСН-мен сәйкес келмейді", ru: "Дата рождения не совпадает с ИИН", en: "The birth date does not match the IIN")
    static let sexDisagreesWithIIN = Localized(
        kk: "Жынысы ЖСН-мен сәйкес келмейді", ru: "Пол не совпадает с ИИН", en: "The sex does not match the IIN")
    static let graduationYear = Localized(
        kk: "Бітірген жылы мүмкін емес", ru: "Невозможный год окончания", en: "An impossible graduation year")
    static let noValidityForNoCategory = Localized(
        kk: "Санаты жоқ болса, мерзімі көрсетілмейді", ru: "Без категории срок действия не указывается",
        en: "No category has no validity date")
    static let categoryExpired = Localized(
        kk: "Санаттың мерзімі өтіп кеткен", ru: "Срок действия категории истёк", en: "The category has expired")
    static let teachingAboveTotal = Localized(
        kk: "Педагогикалық өтіл жалпы өтілден аспайды", ru: "Педагогический стаж не может превышать общий",
        en: "Teaching experience cannot exceed total experience")

    /// The most years of work the person's age allows; the Russian noun agrees with the number.
    static func moreYearsThanAgeAllows(_ limit: Int) -> Localized {
        Localized(kk: "Жасы бойынша өтіл ең көбі \(limit) жыл",
                  ru: "Стаж по возрасту — не больше, чем \(RussianPlural.years(limit))",
                  en: "Age allows at most \(limit) year\(limit == 1 ? "" : "s")")
    }
}

extension QuestionnaireRules.Refusal: ExplainedRefusal {
    var field: String? { self == .otherPersonsIIN ? "iin" : nil }
    var code: String { "questionnaire-kept-elsewhere" }

    var message: Localized {
        switch self {
        case .keptElsewhere:
            Localized(kk: "Бұл педагогтің сауалнамасын орталық немесе басқа ұйым жүргізеді",
                      ru: "Анкету этого педагога ведёт центр или другая организация",
                      en: "This teacher's questionnaire is kept by the centre or another organisation")
        case .otherPersonsIIN:
            Localized(kk: "ЖСН кандидаттың ЖСН-імен сәйкес емес", ru: "ИИН не совпадает с ИИН кандидата", en: "Not the candidate's IIN")
        }
    }

    var detail: Localized? {
        self == .keptElsewhere
            ? Localized(kk: "Оны орталық қызметкерлері өзгерте алады", ru: "Изменить её могут сотрудники центра",
                        en: "The centre's staff can change it")
            : nil
    }
}

/// What the NOBD import says of a file's rows.
enum NOBDText {
    static func repeated(line: Int) -> Localized {
        Localized(kk: "Бұл ЖСН файлда \(line)-жолда бар", ru: "Этот ИИН уже есть в файле в строке \(line)",
                  en: "This IIN is already on line \(line) of the file")
    }
}
