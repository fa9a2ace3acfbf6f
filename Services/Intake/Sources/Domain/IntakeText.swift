import ServiceKit

/// What intake tells people, in Kazakh, Russian and English.
enum IntakeText {
    static let applicationNotFound = Localized(kk: "Өтініш табылмады", ru: "Заявление не найдено", en: "No such application")

    static func message(for problem: IIN.Problem) -> Localized {
        switch problem {
        case .notTwelveDigits:
            Localized(kk: "ЖСН 12 цифрдан тұруы керек", ru: "ИИН должен состоять из 12 цифр", en: "An IIN has 12 digits")
        case .impossibleBirthDate:
            Localized(kk: "ЖСН-дағы туған күн мүмкін емес", ru: "Дата рождения в ИИН невозможна",
                      en: "The birth date in the IIN is impossible")
        case .unknownCenturyDigit:
            Localized(kk: "ЖСН-ның 7-цифры 1-ден 6-ға дейін болуы керек", ru: "7-я цифра ИИН должна быть от 1 до 6",
                      en: "The 7th digit of an IIN is 1 to 6")
        case .checkDigitUnusable, .wrongCheckDigit:
            Localized(kk: "ЖСН бақылау цифры сәйкес келмейді", ru: "Контрольная цифра ИИН не сходится",
                      en: "The IIN's check digit is wrong")
        }
    }
}
