/// A JSON LegacySchema, as much of it as the services' documents need. Written in Swift beside the
/// routes, so that a route and its description change in the same commit.
public indirect enum LegacySchema: Sendable {
    case string(format: String? = nil, pattern: String? = nil, description: String? = nil)
    case integer(minimum: Int? = nil, maximum: Int? = nil)
    case boolean
    case oneOf([String], description: String? = nil)
    case array(LegacySchema)
    /// Properties in the order given; `required` names those that are always present.
    case object([(String, LegacySchema)], required: [String] = [])
    /// A schema of the document's components, by name.
    case reference(String)

    public static let text = LegacySchema.string()
    public static let date = LegacySchema.string(format: "date")
    public static let dateTime = LegacySchema.string(format: "date-time")
    public static let email = LegacySchema.string(format: "email")
    public static let identifier = LegacySchema.string(format: "uuid")

    /// The raw values of an enumeration, as the API spells them.
    public static func oneOf<T: CaseIterable & RawRepresentable>(_ type: T.Type, description: String? = nil) -> LegacySchema
    where T.RawValue == String {
        .oneOf(T.allCases.map(\.rawValue), description: description)
    }

    /// The JSON value of the schema.
    var json: LegacyJSONValue {
        switch self {
        case .string(let format, let pattern, let description):
            return .object(["type": "string", "format": format.map(LegacyJSONValue.string), "pattern": pattern.map(LegacyJSONValue.string),
                            "description": description.map(LegacyJSONValue.string)].compactMapValues { $0 })
        case .integer(let minimum, let maximum):
            return .object(["type": "integer", "minimum": minimum.map(LegacyJSONValue.integer),
                            "maximum": maximum.map(LegacyJSONValue.integer)].compactMapValues { $0 })
        case .boolean:
            return .object(["type": "boolean"])
        case .oneOf(let values, let description):
            return .object(["type": "string", "enum": .array(values.map(LegacyJSONValue.string)),
                            "description": description.map(LegacyJSONValue.string)].compactMapValues { $0 })
        case .array(let items):
            return .object(["type": "array", "items": items.json])
        case .object(let properties, let required):
            var object: [String: LegacyJSONValue] = ["type": "object", "properties": .object(Dictionary(
                properties.map { ($0.0, $0.1.json) }, uniquingKeysWith: { $1 }))]
            if !required.isEmpty { object["required"] = .array(required.map(LegacyJSONValue.string)) }
            return .object(object)
        case .reference(let name):
            return .object(["$ref": .string("#/components/schemas/\(name)")])
        }
    }
}
