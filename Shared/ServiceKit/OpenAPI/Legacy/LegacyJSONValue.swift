/// A JSON value, for documents whose shape is built at run time.
public enum LegacyJSONValue: Sendable, Encodable, ExpressibleByStringLiteral {
    case string(String)
    case integer(Int)
    case bool(Bool)
    case array([LegacyJSONValue])
    case object([String: LegacyJSONValue])

    public init(stringLiteral value: String) { self = .string(value) }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .integer(let value): try container.encode(value)
        case .bool(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }
}
