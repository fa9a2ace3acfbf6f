import EventContracts
import ServiceKit

/// Why a certificate is issued again, and for a corrected name, the name as it should read.
struct ReissueForm: Form {
    var reason: String?
    var fullName: String?

    struct Valid: Sendable {
        var reason: CertificateReissued.Reason
        var fullName: String?
    }

    func read(_ check: inout FieldValidator) -> Valid? {
        let reason = check.choice(reason, "reason", CertificateReissued.Reason.self,
                                  description: "corrected-name: the name was wrong (give fullName); lost-original: the paper was lost")
        let fullName = check.optionalPersonName(fullName, "fullName")
        if reason == .correctedName && fullName == nil && check.isValid {
            check.add("fullName", ReissueText.nameRequired)
        }
        guard let reason, check.isValid else { return nil }
        return Valid(reason: reason, fullName: fullName)
    }
}

enum ReissueText {
    static let nameRequired = Localized(kk: "Түзетілген аты-жөнін көрсетіңіз", ru: "Укажите исправленное ФИО",
                                        en: "Give the corrected name")
}
