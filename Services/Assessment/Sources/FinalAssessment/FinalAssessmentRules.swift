import EventContracts
import ServiceKit

/// The final assessment (7.1–7.2) as plain rules.
enum FinalAssessmentRules {
    enum Refusal: RuleRefusal {
        /// 7.5: an expelled listener has left the course, and is not assessed.
        case expelled(on: CalendarDate)
        /// A final assessment is recorded once; a second chance is a reassessment (7.4.1).
        case alreadyAssessed
        /// 7.1: the assessment ends the course a listener was admitted to; it is not dated
        /// before the admission.
        case beforeAdmission(CalendarDate)
        /// An assessment is recorded once held, never ahead of the centre's day.
        case inTheFuture(today: CalendarDate)

        var clause: String? {
            switch self {
            case .expelled: "7.5"
            case .alreadyAssessed: "7.4.1"
            case .beforeAdmission, .inTheFuture: "7.1"
            }
        }
    }

    /// Why `listener` may not be given a final result dated `assessedOn`, when it is `today`
    /// at the centre and the listener was admitted on `admittedOn`.
    static func refusals(_ listener: AssessedListener, assessedOn: CalendarDate, admittedOn: CalendarDate,
                         today: CalendarDate) -> [Refusal] {
        if let day = listener.expelledOn { return [.expelled(on: day)] }
        if listener.finalResult != nil { return [.alreadyAssessed] }
        if assessedOn > today { return [.inTheFuture(today: today)] }
        if assessedOn < admittedOn { return [.beforeAdmission(admittedOn)] }
        return []
    }
}
