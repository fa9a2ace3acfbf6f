import EventContracts

/// In tests, a date may be written as its text: `"2026-09-01"`. (Not in the services, where a
/// date is parsed once, where it enters, and a bad one refused.)
extension CalendarDate: ExpressibleByStringLiteral {
    public init(stringLiteral text: String) {
        guard let date = CalendarDate(text) else { preconditionFailure("\(text) is not a yyyy-MM-dd date") }
        self = date
    }
}
