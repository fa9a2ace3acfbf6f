import Foundation
import ServiceKit

/// What staff give to issue an admission order for a group (4.3, 6.8); the listeners and the
/// programme come from enrolment's own records.
public struct AdmissionOrderForm: Codable, Sendable {
    public var orderDate: String?
    public var startsOn: String?
    public var endsOn: String?
    public var leaders: [String]?
    public var authorityLetters: [String]?

    struct Valid {
        var orderDate, startsOn, endsOn: String
        var leaders: [String]
        var authorityLetters: [String]
    }

    /// `budgetListeners`: whether the group has listeners paid from the budget, whose
    /// admission must rest on an authority's letter (6.8).
    func validated(budgetListeners: Bool) throws -> Valid {
        var check = FieldValidator()
        let orderDate = check.date(orderDate, "orderDate")
        let startsOn = check.date(startsOn, "startsOn")
        let endsOn = check.date(endsOn, "endsOn")
        if let startsOn, let endsOn, endsOn < startsOn { check.add("endsOn", OrderText.endsBeforeItStarts) }
        let leaders = check.list(leaders, "leaders", limit: 200)
        let letters = (authorityLetters ?? []).enumerated().compactMap { index, letter in
            check.text(letter, "authorityLetters[\(index)]", limit: 300)
        }
        if budgetListeners && (authorityLetters ?? []).isEmpty { check.add("authorityLetters", OrderText.budgetNeedsLetters) }
        try check.validate()
        return Valid(orderDate: orderDate!, startsOn: startsOn!, endsOn: endsOn!, leaders: leaders!, authorityLetters: letters)
    }
}
