/// The check digit that Kazakhstan's 12-digit IIN and BIN share: the first eleven digits
/// weighted 1…11, mod 11; a result of 10 means a second pass with weights 3…11, 1, 2; 10 again
/// means no check digit fits, and the number cannot be valid.
public enum CheckDigit {
    static let secondWeights = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]

    public static func of(_ values: [Int]) -> Int? {
        let first = (0..<11).reduce(0) { $0 + values[$1] * ($1 + 1) } % 11
        if first != 10 { return first }
        let second = (0..<11).reduce(0) { $0 + values[$1] * secondWeights[$1] } % 11
        return second == 10 ? nil : second
    }

    /// The digits of a 12-digit number, or nil if it is anything else.
    static func digits(_ text: String) -> [Int]? {
        let bytes = Array(text.utf8)
        guard bytes.count == 12, bytes.allSatisfy({ (48...57).contains($0) }) else { return nil }
        return bytes.map { Int($0) - 48 }
    }
}
