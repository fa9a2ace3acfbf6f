import EventContracts
import ServiceKit

/// A programme's review as its leader records it (8.4.4).
struct ReviewForm: Form {
    var reviewedOn: String?
    var conclusions: String?
    var actions: [String]?

    struct Valid: Sendable {
        var reviewedOn: CalendarDate
        var conclusions: String
        var actions: [String]
    }

    func read(_ check: inout FieldValidator) -> Valid? {
        let reviewedOn = check.date(reviewedOn, "reviewedOn", description: "Not after today")
        let conclusions = check.text(conclusions, "conclusions", limit: 20_000, multiline: true,
                                     description: "What the review found of the programme's effectiveness")
        let actions = check.list(actions, "actions", limit: 2000, minimum: 0, maximum: 100, required: false, multiline: true,
                                 description: "What is to be done about it")
        guard let reviewedOn, let conclusions, let actions, check.isValid else { return nil }
        return Valid(reviewedOn: reviewedOn, conclusions: conclusions, actions: actions)
    }
}
