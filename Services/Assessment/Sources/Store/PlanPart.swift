import GRDB

/// What a grade is for: one of the plan's modules, by its number (1 is the first), or the final
/// assessment. Written `1`, `2` … or `final` in paths, files and the database.
public enum PlanPart: Hashable, Sendable, Codable, RawRepresentable, CustomStringConvertible, DatabaseValueConvertible {
    case module(Int)
    case final

    public init?(rawValue: String) {
        if rawValue == "final" {
            self = .final
        } else if let number = Int(rawValue), number >= 1, String(number) == rawValue {
            self = .module(number)
        } else {
            return nil
        }
    }

    public var rawValue: String {
        switch self {
        case .module(let number): String(number)
        case .final: "final"
        }
    }

    public var description: String { rawValue }

    /// The plan's parts in order: modules by number, the final assessment last.
    var order: Int {
        switch self {
        case .module(let number): number
        case .final: .max
        }
    }
}
