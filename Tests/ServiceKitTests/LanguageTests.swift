import EventContracts
import ServiceKit
import Testing

@Suite("Languages")
struct LanguageTests {
    @Test("the first supported language of Accept-Language is chosen",
          arguments: [
            ("kk", Language.kk), ("KK", .kk), ("kk-KZ", .kk), ("ru", .ru), ("ru-RU,ru;q=0.9", .ru),
            ("en", .en), ("en-US,en;q=0.9", .en), ("de-DE, kk;q=0.5", .kk), (" fr ; q=1 , en ", .en),
          ])
    func firstSupportedLanguageIsChosen(header: String, expected: Language) {
        #expect(Language(acceptLanguage: header) == expected)
    }

    @Test("Russian is the default when nothing supported is asked for",
          arguments: [nil, "", "de", "fr-FR, tr", "*", ",, ,"] as [String?])
    func russianIsTheDefault(header: String?) {
        #expect(Language(acceptLanguage: header) == .ru)
    }

    /// Every problem response reads Accept-Language, so a header that traps here brings the
    /// whole service down for any caller, without a token. Run in a child process (an exit
    /// test) so that the trap does not take the test run with it.
    @Test("an element that is only a separator (\"kk,;\") is ignored, not fatal")
    func elementWithoutTagIsIgnored() async {
        await #expect(processExitsWith: .success) {
            _ = Language(acceptLanguage: "kk,;")
        }
    }

    @Test("the most preferred supported language wins, and q=0 refuses one")
    func qualityValuesAreHonoured() {
        #expect(Language(acceptLanguage: "en;q=0.3, kk;q=0.9, ru;q=0.5") == .kk)
        #expect(Language(acceptLanguage: "en;q=0, kk") == .kk)
        #expect(Language(acceptLanguage: "kk-KZ;q=0") == .ru)
        #expect(Language(acceptLanguage: "english") == .ru)
    }

    @Test("a localized text gives the reader's language")
    func localizedTextInEachLanguage() {
        let text = Localized(kk: "Сәлем", ru: "Привет", en: "Hello")
        #expect(text.text(in: .kk) == "Сәлем")
        #expect(text.text(in: .ru) == "Привет")
        #expect(text.text(in: .en) == "Hello")
    }

    @Test("the shared form messages are translated into every language", arguments: [
        Localized.required, .invalidEmail, .invalidDate,
    ])
    func sharedMessagesAreTranslated(message: Localized) {
        let texts = Language.allCases.map { message.text(in: $0) }
        #expect(texts.allSatisfy { !$0.isEmpty })
        #expect(Set(texts).count == Language.allCases.count, "each language has its own wording: \(texts)")
    }
}
