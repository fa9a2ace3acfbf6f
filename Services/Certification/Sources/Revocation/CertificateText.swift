import ServiceKit

/// How the refusals of `CertificateRules` read.
extension CertificateRules.Refusal: ExplainedRefusal {
    var code: String {
        switch self {
        case .revoked: "certificate-revoked"
        case .superseded: "certificate-superseded"
        }
    }

    var message: Localized {
        switch self {
        case .revoked: Localized(kk: "Сертификат кері қайтарылған", ru: "Сертификат отозван", en: "The certificate has been revoked")
        case .superseded: Localized(kk: "Сертификат жаңасымен ауыстырылған: жаңасымен жұмыс істеңіз",
                                    ru: "Сертификат заменён новым: действуйте с новым",
                                    en: "The certificate has been replaced: act on its replacement")
        }
    }
}
