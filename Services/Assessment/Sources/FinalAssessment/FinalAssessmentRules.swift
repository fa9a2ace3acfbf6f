import ServiceKit

/// The final assessment (7.1–7.2) as plain rules.
enum FinalAssessmentRules {
    enum Refusal: RuleRefusal {
        /// A final assessment is recorded once; a second chance is a reassessment (7.4.1).
        case alreadyAssessed

        var clause: String? { "7.4.1" }
    }

    static func refusals(_ listener: AssessedListener) -> [Refusal] {
        listener.finalResult == nil ? [] : [.alreadyAssessed]
    }
}
