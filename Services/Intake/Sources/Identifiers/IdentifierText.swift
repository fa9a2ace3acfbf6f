import ServiceKit

/// What intake says of the national identifiers it reads, in Kazakh, Russian and English.
enum IdentifierText {
    static let badPhone = Localized(
        kk: "Қазақстан телефон нөмірі: +7 7XX XXX XX XX", ru: "Телефон Казахстана: +7 7XX XXX XX XX",
        en: "A Kazakhstan phone number: +7 7XX XXX XX XX")

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

    static func message(for problem: BIN.Problem) -> Localized {
        switch problem {
        case .notTwelveDigits:
            Localized(kk: "БСН 12 цифрдан тұруы керек", ru: "БИН должен состоять из 12 цифр", en: "A BIN has 12 digits")
        case .impossibleRegistrationMonth:
            Localized(kk: "БСН-дағы тіркеу айы мүмкін емес", ru: "Месяц регистрации в БИН невозможен",
                      en: "The registration month in the BIN is impossible")
        case .unknownEntityKind:
            Localized(kk: "БСН-ның 5-цифры заңды тұлғаның түрін білдіреді (4, 5 немесе 6)",
                      ru: "5-я цифра БИН — вид юридического лица (4, 5 или 6)",
                      en: "The 5th digit of a BIN is the kind of legal entity (4, 5 or 6)")
        case .checkDigitUnusable, .wrongCheckDigit:
            Localized(kk: "БСН бақылау цифры сәйкес келмейді", ru: "Контрольная цифра БИН не сходится",
                      en: "The BIN's check digit is wrong")
        }
    }
}
