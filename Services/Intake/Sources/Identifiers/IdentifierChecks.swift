import OpenAPIKit
import ServiceKit

/// Checks of the national identifiers and numbers forms carry, each with its schema.
extension FieldValidator {
    mutating func iin(_ value: String?, _ field: String) -> IIN? {
        read(field, value, schema: .string(description: "12 digits with a valid check digit", pattern: "^[0-9]{12}$")) { (text: String) -> FieldReading<IIN> in
            if text.isEmpty { return .missing }
            do throws(IIN.Problem) { return .good(try IIN(text)) } catch { return .bad(IdentifierText.message(for: error)) }
        }
    }

    mutating func bin(_ value: String?, _ field: String) -> BIN? {
        read(field, value, schema: .string(description: "12 digits with a valid check digit", pattern: "^[0-9]{12}$")) { (text: String) -> FieldReading<BIN> in
            if text.isEmpty { return .missing }
            do throws(BIN.Problem) { return .good(try BIN(text)) } catch { return .bad(IdentifierText.message(for: error)) }
        }
    }

    mutating func phone(_ value: String?, _ field: String) -> PhoneNumber? {
        read(field, value, schema: .string(description: "Any Kazakh spelling; stored as +7 and ten digits", maxLength: 30,
                                           pattern: "^[0-9+() .-]+$")) { (text: String) -> FieldReading<PhoneNumber> in
            if text.isEmpty { return .missing }
            return PhoneNumber(text).map(FieldReading.good) ?? .bad(IdentifierText.badPhone)
        }
    }
}
