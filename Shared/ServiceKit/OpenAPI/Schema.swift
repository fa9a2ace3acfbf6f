/// A JSON Schema, as much of it as the services' documents need. Written in Swift beside the
/// routes, so that a route and its description change in the same commit.
public indirect enum Schema: Sendable {
    case string(format: String? = nil, pattern: String? = nil, description: String? = nil)
    case integer(minimum: Int? = nil, maximum: Int? = nil)
    case boolean
    case oneOf([String], description: String? = nil)
    case array(Schema)
    /// Properties in the order given; `required` names those that are always present.
    case object([(String, Schema)], required: [String] = [])
    /// A schema of the document's components, by name.
    case reference(String)

    public static let text = Schema.string()
    public static let date = Schema.string(format: "date")
    public static let dateTime = Schema.string(format: "date-time")
    public static let email = Schema.string(format: "email")
    public static let identifier = Schema.string(format: "uuid")

    /// The raw values of an enumeration, as the API spells them.
    public static func oneOf<T: CaseIterable & RawRepresentable>(_ type: T.Type, description: String? = nil) -> Schema
    where T.RawValue == String {
        .oneOf(T.allCases.map(\.rawValue), description: description)
    }

    /// The JSON value of the schema.
    var json: JSONValue {
        switch self {
        case .string(let format, let pattern, let description):
            return .object(["type": "string", "format": format.map(JSONValue.string), "pattern": pattern.map(JSONValue.string),
                            "description": description.map(JSONValue.string)].compactMapValues { $0 })
        case .integer(let minimum, let maximum):
            return .object(["type": "integer", "minimum": minimum.map(JSONValue.integer),
                            "maximum": maximum.map(JSONValue.integer)].compactMapValues { $0 })
        case .boolean:
            return .object(["type": "boolean"])
        case .oneOf(let values, let description):
            return .object(["type": "string", "enum": .array(values.map(JSONValue.string)),
                            "description": description.map(JSONValue.string)].compactMapValues { $0 })
        case .array(let items):
            return .object(["type": "array", "items": items.json])
        case .object(let properties, let required):
            var object: [String: JSONValue] = ["type": "object", "properties": .object(Dictionary(
                properties.map { ($0.0, $0.1.json) }, uniquingKeysWith: { $1 }))]
            if !required.isEmpty { object["required"] = .array(required.map(JSONValue.string)) }
            return .object(object)
        case .reference(let name):
            return .object(["$ref": .string("#/components/schemas/\(name)")])
        }
    }
}
