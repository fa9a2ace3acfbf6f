import EventContracts

extension Language {
    /// Picks the supported language the `Accept-Language` header (RFC 9110) prefers most,
    /// Russian when it names none. A language with `q=0` is one the reader refuses; any malformed
    /// part of the header is skipped, never fatal.
    public init(acceptLanguage header: String?) {
        var best: (language: Language, quality: Double)?
        for element in (header ?? "").split(separator: ",") {
            let parts = element.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard let tag = parts.first, let primary = tag.split(separator: "-").first,
                  let language = Language(rawValue: String(primary)) else { continue }
            let quality = parts.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            if quality > 0, quality > (best?.quality ?? 0) { best = (language, quality) }
        }
        self = best?.language ?? .ru
    }
}

/// A sentence in each language; the reader's is chosen when it is shown.
public struct Localized: Sendable, Equatable {
    public var kk: String
    public var ru: String
    public var en: String

    public init(kk: String, ru: String, en: String) {
        self.kk = kk
        self.ru = ru
        self.en = en
    }

    public func text(in language: Language) -> String {
        switch language {
        case .kk: kk
        case .ru: ru
        case .en: en
        }
    }
}
