import ServiceKit

extension TraditionalMark {
    /// The mark as a certificate's appendix and a report print it.
    var word: Localized {
        switch self {
        case .excellent: Localized(kk: "өте жақсы", ru: "отлично", en: "excellent")
        case .good: Localized(kk: "жақсы", ru: "хорошо", en: "good")
        case .satisfactory: Localized(kk: "қанағаттанарлық", ru: "удовлетворительно", en: "satisfactory")
        case .unsatisfactory: Localized(kk: "қанағаттанарлықсыз", ru: "неудовлетворительно", en: "unsatisfactory")
        }
    }
}
