/// A Kazakhstan phone number, kept as +7 and ten digits: `+77011234567`. People write the same
/// number as `8 (701) 123-45-67`, `+7 701 123 4567` or `7011234567`; all become one form, so
/// that two records of one teacher compare equal. Kazakh numbers continue with 7 after +7
/// (mobile 70x/747/77x, landlines 71x–72x); other +7 numbers are Russian and are refused.
public struct PhoneNumber: Sendable, Equatable, CustomStringConvertible {
    public let normalised: String
    public var description: String { normalised }

    public init?(_ text: String) {
        let allowed = Set("0123456789+()- .")
        guard !text.isEmpty, text.allSatisfy(allowed.contains), text.dropFirst().allSatisfy({ $0 != "+" }) else { return nil }
        var digits = text.filter(\.isNumber)
        switch digits.count {
        case 10: break
        case 11 where digits.hasPrefix("8") && !text.hasPrefix("+"), 11 where digits.hasPrefix("7"):
            digits.removeFirst()
        default: return nil
        }
        guard digits.hasPrefix("7") else { return nil }
        normalised = "+7" + digits
    }
}
