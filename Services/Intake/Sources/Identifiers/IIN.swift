import EventContracts

/// The individual identification number of Kazakhstan: 12 digits. The first six are the birth
/// date (YYMMDD), the seventh gives the century and sex, the twelfth is a check digit.
public struct IIN: Sendable, Equatable, CustomStringConvertible {
    public enum Sex: String, Sendable { case male, female }

    public enum Problem: Error, Equatable, Sendable {
        case notTwelveDigits
        case impossibleBirthDate
        case unknownCenturyDigit
        case checkDigitUnusable
        case wrongCheckDigit
    }

    public let digits: String
    public let birthDate: CalendarDate
    public let sex: Sex

    public var description: String { digits }

    public init(_ text: String) throws(Problem) {
        guard let values = CheckDigit.digits(text) else { throw .notTwelveDigits }

        // The seventh digit: 1–2 born in the 1800s, 3–4 in the 1900s, 5–6 in the 2000s; odd is male.
        guard (1...6).contains(values[6]) else { throw .unknownCenturyDigit }
        let century = 1800 + (values[6] - 1) / 2 * 100
        let year = century + values[0] * 10 + values[1]
        let month = values[2] * 10 + values[3]
        let day = values[4] * 10 + values[5]
        guard let birthDate = CalendarDate(year: year, month: month, day: day) else { throw .impossibleBirthDate }

        guard let check = CheckDigit.of(values) else { throw .checkDigitUnusable }
        guard check == values[11] else { throw .wrongCheckDigit }

        self.digits = text
        self.birthDate = birthDate
        self.sex = values[6] % 2 == 1 ? .male : .female
    }
}
