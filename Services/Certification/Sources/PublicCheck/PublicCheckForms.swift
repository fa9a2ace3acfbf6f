import EventContracts
import ServiceKit

/// A check by what a person reads off the paper: the number and the holder's surname.
struct PaperLookup: Form {
    var number: String?
    var surname: String?
    /// The page's language, for a browser.
    var lang: String?

    struct Valid: Sendable {
        var number: String
        var surname: String
    }

    func read(_ check: inout FieldValidator) -> Valid? {
        let number = check.text(number, "number", limit: 64, description: "The registration number printed on the certificate")
        let surname = check.text(surname, "surname", limit: 100, description: "The holder's surname, as printed")
        _ = check.optionalChoice(lang, "lang", Language.self, description: "The page's language, over Accept-Language")
        guard let number, let surname, check.isValid else { return nil }
        return Valid(number: number, surname: surname)
    }
}
