import ServiceKit

extension ApplicationRules.Refusal: ExplainedRefusal {
    var field: String? {
        switch self {
        case .unknownOrganisation: "organisationId"
        case .employerEmailRequired: "employerEmail"
        case .programmeNotOffered: "programmeCode"
        }
    }

    var code: String { "validation" }

    var message: Localized {
        switch self {
        case .unknownOrganisation:
            Localized(kk: "Ұйым тізілімде жоқ", ru: "Организация не зарегистрирована", en: "The organisation is not registered")
        case .employerEmailRequired:
            Localized(kk: "Жұмыс берушінің электрондық поштасын көрсетіңіз (7.5-т.: оқудан шығару туралы хабарлама)",
                      ru: "Укажите электронную почту работодателя (п. 7.5: уведомление об отчислении)",
                      en: "Give the employer's email (7.5: the notice of an expulsion)")
        case .programmeNotOffered:
            Localized(kk: "Мұндай бекітілген бағдарлама жоқ немесе ол тоқтатылған (4.8-т.)",
                      ru: "Нет такой утверждённой программы или она снята с применения (п. 4.8)",
                      en: "No approved programme has this code, or it is retired (4.8)")
        }
    }
}
