import EventContracts
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

enum GradeText {
    /// A pass/fail part's word (сынақ / зачёт).
    static func passFail(_ passed: Bool) -> Localized {
        passed ? Localized(kk: "сыналды", ru: "зачтено", en: "pass") : Localized(kk: "сыналмады", ru: "не зачтено", en: "fail")
    }
}

extension Grade {
    /// The letter, for a grade in points.
    var letter: LetterGrade? { points.flatMap(LetterGrade.init(points:)) }

    /// The grade as the certificate's appendix prints it.
    var record: GradeRecord {
        let word = letter?.mark.word ?? GradeText.passFail(passed)
        return GradeRecord(letter: letter?.rawValue, points: points, gradePointHundredths: letter?.gradePointHundredths,
                           passed: passed, wordKk: word.kk, wordRu: word.ru)
    }

    /// The grade as a correction keeps it: points or `pass` / `fail`, its day, and for an
    /// external final assessment its body and assessor: `87, 2026-09-20`.
    var written: String {
        ([points.map(String.init) ?? (passed ? "pass" : "fail"), assessedOn.description] + [externalBody, assessor].compactMap { $0 })
            .joined(separator: ", ")
    }
}
