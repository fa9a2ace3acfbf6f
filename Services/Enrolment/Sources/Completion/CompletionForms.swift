import EventContracts
import ServiceKit

/// The day a group's course ended.
struct CompletionForm: Form {
    var completedOn: String?

    func read(_ check: inout FieldValidator) -> CalendarDate? { check.date(completedOn, "completedOn") }
}
