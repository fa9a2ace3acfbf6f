import EventContracts
import ServiceKit

/// What staff give to issue an admission order for a group (4.3, 6.8); the listeners and the
/// programme come from enrolment's own records.
struct AdmissionOrderForm: Form {
    var orderDate: String?
    var startsOn: String?
    var endsOn: String?
    var leaders: [String]?
    var authorityLetters: [String]?

    struct Valid: Sendable {
        var orderDate: CalendarDate
        var startsOn, endsOn: CalendarDate?
        var leaders: [String]
        var authorityLetters: [String]
    }

    func read(_ check: inout FieldValidator) -> Valid? {
        let orderDate = check.date(orderDate, "orderDate")
        let startsOn = check.optionalDate(startsOn, "startsOn", description: "The stream's first day unless given (within it)")
        let endsOn = check.optionalDate(endsOn, "endsOn", description: "The stream's last day unless given (within it)")
        let leaders = check.list(leaders, "leaders", limit: 200, description: "The programme leaders responsible for the course (4.3)")
        let letters = check.list(authorityLetters, "authorityLetters", limit: 300, minimum: 0, required: false,
                                 description: "The education authorities' letters a budget listener's admission rests on (6.8)")
        guard check.isValid, let orderDate, let leaders, let letters else { return nil }
        return Valid(orderDate: orderDate, startsOn: startsOn, endsOn: endsOn, leaders: leaders, authorityLetters: letters)
    }
}

/// Which orders to list.
struct OrderFilter: Form {
    var groupId: String?

    struct Valid { var groupId: String? }

    func read(_ check: inout FieldValidator) -> Valid? {
        let groupId = check.optionalIdentifier(groupId, "groupId", description: "Only this group's orders")
        return check.isValid ? Valid(groupId: groupId) : nil
    }
}
