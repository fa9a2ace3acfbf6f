import ServiceKit

extension OrganisationRules.Refusal: ExplainedRefusal {
    var code: String { "organisation-exists" }

    var message: Localized {
        Localized(kk: "Бұл БСН-мен ұйым тіркелген", ru: "Организация с этим БИН уже зарегистрирована",
                  en: "An organisation with this BIN is already registered")
    }

    var detail: Localized? {
        switch self {
        case .binTaken(let id): Localized(kk: "Ұйым: \(id)", ru: "Организация: \(id)", en: "Organisation: \(id)")
        }
    }
}
