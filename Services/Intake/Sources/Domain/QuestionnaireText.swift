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
    static let negativeYears = Localized(
        kk: "Өтіл теріс болмайды", ru: "Стаж не может быть отрицательным", en: "Experience cannot be negative")
    static let teachingAboveTotal = Localized(
        kk: "Педагогикалық өтіл жалпы өтілден аспайды", ru: "Педагогический стаж не может превышать общий",
        en: "Teaching experience cannot exceed total experience")
    static let badPhone = Localized(
        kk: "Қазақстан телефон нөмірі: +7 7XX XXX XX XX", ru: "Телефон Казахстана: +7 7XX XXX XX XX",
        en: "A Kazakhstan phone number: +7 7XX XXX XX XX")

    /// The most years of work the person's age allows; the Russian noun agrees with the number.
    static func moreYearsThanAgeAllows(_ limit: Int) -> Localized {
        Localized(kk: "Жасы бойынша өтіл ең көбі \(limit) жыл",
                  ru: "Стаж по возрасту — не больше, чем \(RussianPlural.years(limit))",
                  en: "Age allows at most \(limit) year\(limit == 1 ? "" : "s")")
    }
}
