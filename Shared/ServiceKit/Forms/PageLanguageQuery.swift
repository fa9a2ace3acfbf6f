import EventContracts

/// `?lang=kk|ru|en` on a page: the language the reader chose, over their browser's.
public struct PageLanguageQuery: Form {
    public var lang: String?

    public struct Valid: Sendable {
        public var lang: Language?
    }

    public func read(_ check: inout FieldValidator) -> Valid? {
        let lang = check.optionalChoice(lang, "lang", Language.self, description: "The page's language, over Accept-Language")
        return check.isValid ? Valid(lang: lang) : nil
    }
}
