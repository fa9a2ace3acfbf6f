import ServiceKit

/// What intake says about organisations, in Kazakh, Russian and English.
enum OrganisationText {
    static let notFound = Localized(kk: "Ұйым табылмады", ru: "Организация не найдена", en: "No such organisation")

    static func alreadyRegistered(id: String) -> Problem {
        Problem(status: .conflict, type: Problem.typeBase + "organisation-exists",
                title: Localized(kk: "Бұл БСН-мен ұйым тіркелген", ru: "Организация с этим БИН уже зарегистрирована",
                                 en: "An organisation with this BIN is already registered"),
                detail: Localized(kk: "Ұйым: \(id)", ru: "Организация: \(id)", en: "Organisation: \(id)"))
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
