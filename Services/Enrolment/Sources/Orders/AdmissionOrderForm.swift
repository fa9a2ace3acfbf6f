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
    /// admission must rest on an authority's letter (6.8). `stream`: the group's stream, whose
    /// dates the course takes unless the order names its own within them.
    func validated(budgetListeners: Bool, stream: Stream?) throws -> Valid {
        var check = FieldValidator()
        let orderDate = check.dateText(orderDate, "orderDate")
        var startsOn = self.startsOn.flatMap { check.dateText($0, "startsOn") }
        var endsOn = self.endsOn.flatMap { check.dateText($0, "endsOn") }
        if let stream {
            for (field, date) in [("startsOn", startsOn), ("endsOn", endsOn)] {
                if let date, date < stream.startsOn || date > stream.endsOn { check.add(field, OrderText.outsideStream(stream)) }
            }
            startsOn = startsOn ?? (self.startsOn == nil ? stream.startsOn : nil)
            endsOn = endsOn ?? (self.endsOn == nil ? stream.endsOn : nil)
        } else {
            if self.startsOn == nil { check.add("startsOn", .required) }
            if self.endsOn == nil { check.add("endsOn", .required) }
        }
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
