import EventContracts

/// One graded part of a programme as a credential states it: a module, or the final
/// assessment. Each becomes a `ResultDescription` of the achievement (the same for every
/// listener of the programme) and an `AchievementResult` of the holder, tied by one id.
struct GradedPart: Sendable, Equatable {
    /// The fragment after the achievement's id: `module-1`, `module-2` …, `final-assessment`.
    var fragment: String
    var name: String
    var grade: GradeRecord

    /// The appendix's modules in its order (numbered from 1, as the appendix prints them),
    /// then the final assessment.
    static func all(of appendix: Certificate.Appendix) -> [GradedPart] {
        let modules = appendix.modules.enumerated().map { offset, module in
            GradedPart(fragment: "module-\(offset + 1)", name: module.name, grade: module.grade)
        }
        let final = appendix.finalAssessment
        let finalName = final.external
            ? "Сыртқы қорытынды бағалау / Внешнее итоговое оценивание"
            : "Қорытынды бағалау / Итоговое оценивание"
        return modules + [GradedPart(fragment: "final-assessment", name: finalName, grade: final.grade)]
    }

    func description(achievementId: String) -> ResultDescription {
        ResultDescription(id: id(achievementId: achievementId), name: name, resultType: "LetterGrade",
                          allowedValue: grade.letter == nil ? GradeScale.passFail : GradeScale.letters)
    }

    func result(achievementId: String) -> AchievementResult {
        AchievementResult(resultDescription: id(achievementId: achievementId), value: GradeScale.value(of: grade))
    }

    private func id(achievementId: String) -> String { "\(achievementId)#\(fragment)" }
}

/// The values a part's grade can take, lowest first, as `allowedValue` lists them.
enum GradeScale {
    /// The letter scale of Kazakhstan's credit system, as assessment grades on it: FX and F
    /// fail, D and above pass. FX is listed because it is a grade of the scale, though a
    /// certificate, given only on a pass, never carries it.
    static let letters = ["F", "FX", "D", "D+", "C-", "C", "C+", "B-", "B", "B+", "A-", "A"]

    /// A pass/fail part. A judgement: Open Badges' `resultType` has no pass/fail type of its
    /// own (`Status` means a state such as Completed), so it is written as a two-letter
    /// "LetterGrade", with English words that any verifier can read.
    static let passFail = ["fail", "pass"]

    static func value(of grade: GradeRecord) -> String {
        grade.letter ?? (grade.passed ? "pass" : "fail")
    }
}
