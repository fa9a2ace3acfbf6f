import Foundation

/// The languages people read Qadam in. Kazakh and Russian are the centre's working languages;
/// English serves client systems and operators who ask for it.
public enum Language: String, Sendable, CaseIterable, Codable {
    case kk, ru, en

    /// Picks the first supported language of an `Accept-Language` header, Russian by default.
    public init(acceptLanguage header: String?) {
        let tags = (header ?? "").split(separator: ",").map {
            $0.split(separator: ";")[0].trimmingCharacters(in: .whitespaces).lowercased()
        }
        for tag in tags {
            if let language = Language(rawValue: String(tag.prefix(2))) { self = language; return }
        }
        self = .ru
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
