import EventContracts
import OpenAPIKit

/// The kinds of value the services' API documents keep naming.
extension JSONSchema {
    /// A record's id: a UUID.
    public static let identifier = JSONSchema.string(format: .uuid)
    /// A calendar date, `yyyy-MM-dd`.
    public static let calendarDate = JSONSchema.string(format: .date)
    /// An instant, ISO 8601.
    public static let instant = JSONSchema.string(format: .dateTime)
    public static let email = JSONSchema.string(format: .email)
    /// A programme's code, in a path (`/v1/programmes/{code}`).
    public static let programmeCode = ProgrammeCode.schema(description: nil)

    /// One of an enumeration's raw values, as the API spells them.
    public static func choice<T: RawRepresentable & CaseIterable>(_ type: T.Type, description: String? = nil) -> JSONSchema
    where T.RawValue == String {
        .string(description: description, allowedValues: T.allCases.map { AnyCodable($0.rawValue) })
    }

    public static func integer(_ range: ClosedRange<Int>, description: String? = nil) -> JSONSchema {
        .integer(description: description, maximum: (range.upperBound, exclusive: false), minimum: (range.lowerBound, exclusive: false))
    }

    /// A schema of the document's components, by name.
    public static func named(_ name: String) -> JSONSchema {
        .reference(.component(named: name))
    }

    /// An object whose properties are all present but those not in `required`.
    public static func object(_ properties: KeyValuePairs<String, JSONSchema>, required: [String]) -> JSONSchema {
        var ordered = OrderedDictionary<String, JSONSchema>()
        for (name, schema) in properties {
            ordered[name] = required.contains(name) ? schema.requiredSchemaObject() : schema.optionalSchemaObject()
        }
        return .object(properties: ordered)
    }

    /// With a description, if there is one.
    public func with(description: String?) -> JSONSchema {
        description.map { with(description: $0) } ?? self
    }
}
