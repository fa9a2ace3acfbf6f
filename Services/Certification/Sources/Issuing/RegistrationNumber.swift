/// A certificate's registration number: the provider's prefix (configuration, never code), the
/// year of issue and a sequence within that year: `QDM-2026-000042`.
public struct RegistrationNumber: Sendable, Equatable, CustomStringConvertible {
    public var prefix: String
    public var year: Int
    public var sequence: Int

    public init(prefix: String, year: Int, sequence: Int) {
        self.prefix = prefix
        self.year = year
        self.sequence = sequence
    }

    public var description: String {
        let digits = String(sequence)
        return "\(prefix)-\(year)-\(String(repeating: "0", count: max(0, 6 - digits.count)))\(digits)"
    }
}
