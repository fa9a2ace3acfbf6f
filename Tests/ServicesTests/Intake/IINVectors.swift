import Foundation

/// IIN test vectors derived here from the rule in DOMAIN.md, not taken from the code under test:
/// the check digit is the weighted sum of the first eleven digits mod 11 with weights 1…11; if
/// that is 10, a second pass with weights 3…11, 1, 2; if that is 10 too, no check digit works.
enum IINVectors {
    static let firstWeights = Array(1...11)
    static let secondWeights = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]

    static func remainder(_ prefix: String, _ weights: [Int]) -> Int {
        zip(prefix.map { $0.wholeNumberValue! }, weights).reduce(0) { $0 + $1.0 * $1.1 } % 11
    }

    /// The check digit an 11-digit prefix needs, or nil if both passes give 10.
    static func checkDigit(for prefix: String) -> Int? {
        precondition(prefix.count == 11, "'\(prefix)' is not 11 digits")
        let first = remainder(prefix, firstWeights)
        if first != 10 { return first }
        let second = remainder(prefix, secondWeights)
        return second == 10 ? nil : second
    }

    /// The prefix completed with its check digit.
    static func valid(_ prefix: String) -> String {
        "\(prefix)\(checkDigit(for: prefix)!)"
    }

    /// The first 11-digit prefix `leading + centuryDigit + serial` whose two passes satisfy
    /// `condition`, the serial counting up from 0 and filling the digits left. It finds the rare
    /// vectors (second pass needed, or no digit at all). `leading` is an IIN's birth date
    /// (YYMMDD); a BIN, which shares the check digit, has its registration month (YYMM) there.
    static func prefix(birthDate leading: String, centuryDigit: Int,
                       where condition: (_ first: Int, _ second: Int) -> Bool) -> String {
        let width = 11 - leading.count - 1
        precondition(width >= 1, "'\(leading)' leaves no digits for a serial")
        for serial in 0..<min(10_000, Int(pow(10, Double(width)))) {
            let serialText = String(serial)
            let prefix = leading + String(centuryDigit) + String(repeating: "0", count: width - serialText.count) + serialText
            if condition(remainder(prefix, firstWeights), remainder(prefix, secondWeights)) { return prefix }
        }
        preconditionFailure("no prefix for \(leading)\(centuryDigit) satisfies the condition")
    }

    /// Valid on the first pass.
    static let firstPass = valid(prefix(birthDate: "900101", centuryDigit: 3) { first, _ in first != 10 })
    /// The first pass gives 10, the second a usable digit.
    static let secondPass = valid(prefix(birthDate: "760523", centuryDigit: 4) { first, second in first == 10 && second != 10 })
    /// Both passes give 10: an 11-digit prefix that no twelfth digit can complete.
    static let unusablePrefix = prefix(birthDate: "021130", centuryDigit: 5) { first, second in first == 10 && second == 10 }
}
