/// The business identification number of an organisation registered in Kazakhstan: 12 digits.
/// The first four are the year and month of registration (YYMM), the fifth the kind of entity,
/// the sixth its attribute, and the twelfth a check digit computed as for the IIN.
public struct BIN: Sendable, Equatable, CustomStringConvertible {
    public enum Problem: Error, Equatable, Sendable {
        case notTwelveDigits
        case impossibleRegistrationMonth
        /// The fifth digit: 4 a resident legal entity, 5 a non-resident, 6 a joint venture of
        /// individual entrepreneurs. Schools and departments are 4.
        case unknownEntityKind
        case checkDigitUnusable
        case wrongCheckDigit
    }

    public let digits: String
    public var description: String { digits }

    public init(_ text: String) throws(Problem) {
        guard let values = CheckDigit.digits(text) else { throw .notTwelveDigits }
        guard (1...12).contains(values[2] * 10 + values[3]) else { throw .impossibleRegistrationMonth }
        guard (4...6).contains(values[4]) else { throw .unknownEntityKind }
        guard let check = CheckDigit.of(values) else { throw .checkDigitUnusable }
        guard check == values[11] else { throw .wrongCheckDigit }
        digits = text
    }
}
