import EventContracts
import ServiceKit

/// The final assessment (7.1–7.2) as plain rules.
enum FinalAssessmentRules {
    enum Refusal: RuleRefusal {
        /// 7.5: an expelled listener has left the course, and is not assessed.
        case expelled(on: CalendarDate)
        /// A final assessment is recorded once; a second chance is a reassessment (7.4.1).
        case alreadyAssessed

        var clause: String? {
            switch self {
            case .expelled: "7.5"
            case .alreadyAssessed: "7.4.1"
            }
        }
    }

    static func refusals(_ listener: AssessedListener) -> [Refusal] {
        if let day = listener.expelledOn { return [.expelled(on: day)] }
        return listener.finalResult == nil ? [] : [.alreadyAssessed]
    }
}
