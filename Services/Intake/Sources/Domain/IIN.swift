import Foundation
import Storage

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
    public let birthDate: String
    public let sex: Sex

    public var description: String { digits }

    public init(_ text: String) throws(Problem) {
        let digits = Array(text.utf8)
        guard digits.count == 12, digits.allSatisfy({ (48...57).contains($0) }) else { throw .notTwelveDigits }
        let values = digits.map { Int($0) - 48 }

        // The seventh digit: 1–2 born in the 1800s, 3–4 in the 1900s, 5–6 in the 2000s; odd is male.
        guard (1...6).contains(values[6]) else { throw .unknownCenturyDigit }
        let century = 1800 + (values[6] - 1) / 2 * 100
        let year = century + values[0] * 10 + values[1]
        let month = values[2] * 10 + values[3]
        let day = values[4] * 10 + values[5]
        let birthDate = String(format: "%04d-%02d-%02d", year, month, day)
        guard CalendarDate.date(from: birthDate) != nil else { throw .impossibleBirthDate }

        guard let check = IIN.checkDigit(values) else { throw .checkDigitUnusable }
        guard check == values[11] else { throw .wrongCheckDigit }

        self.digits = text
        self.birthDate = birthDate
        self.sex = values[6] % 2 == 1 ? .male : .female
    }

    /// The check digit from the first eleven: weights 1…11 mod 11; a result of 10 means a second
    /// pass with weights 3…11, 1, 2; 10 again means the number cannot be valid.
    public static func checkDigit(_ values: [Int]) -> Int? {
        let first = (0..<11).reduce(0) { $0 + values[$1] * ($1 + 1) } % 11
        if first != 10 { return first }
        let weights = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]
        let second = (0..<11).reduce(0) { $0 + values[$1] * weights[$1] } % 11
        return second == 10 ? nil : second
    }
}
