import EventContracts
import Foundation
import ServiceKit
import Storage

/// The result of a final assessment as an operator records it (regulation 7.1–7.2).
public struct FinalAssessmentForm: Codable, Sendable {
    public var result: String?
    /// 0–100.
    public var score: Int?
    /// `yyyy-MM-dd`; today (UTC) if absent.
    public var assessedOn: String?

    public struct Valid: Sendable, Equatable {
        public var result: FinalResult
        public var score: Int
        public var assessedOn: String
    }

    public func validated(today: Date = Date()) throws -> Valid {
        var validator = FieldValidator()
        let result = result.flatMap(FinalResult.init(rawValue:))
        if self.result == nil { validator.add("result", .required) }
        else { validator.require(result != nil, "result", Localized(
            kk: "Нәтиже passed немесе failed болуы керек", ru: "Результат: passed или failed", en: "Result is passed or failed")) }
        if let score { validator.require((0...100).contains(score), "score", Localized(
            kk: "Балл 0-ден 100-ге дейін", ru: "Балл от 0 до 100", en: "Score is 0 to 100")) }
        else { validator.add("score", .required) }
        let date = assessedOn ?? CalendarDate(today, in: TimeZone(identifier: "UTC")!).description
        validator.require(CalendarDate(date) != nil, "assessedOn", .invalidDate)
        try validator.validate()
        return Valid(result: result!, score: score!, assessedOn: date)
    }
}
