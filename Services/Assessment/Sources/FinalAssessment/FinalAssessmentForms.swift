import EventContracts
import Foundation
import ServiceKit

/// The result of a final assessment as an operator records it (regulation 7.1–7.2).
public struct FinalAssessmentForm: Form {
    public var result: String?
    /// 0–100.
    public var score: Int?
    public var assessedOn: String?

    public struct Valid: Sendable, Equatable {
        public var result: FinalResult
        public var score: Int
        public var assessedOn: CalendarDate
    }

    public func read(_ check: inout FieldValidator) -> Valid? {
        let result = check.choice(result, "result", FinalResult.self)
        let score = check.integer(score, "score", in: 0...100)
        let assessedOn = check.optionalDate(assessedOn, "assessedOn", description: "The provider's today if absent")
        guard let result, let score, check.isValid else { return nil }
        return Valid(result: result, score: score, assessedOn: assessedOn ?? check.today)
    }
}
