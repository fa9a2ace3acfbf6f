import EventContracts
import Foundation
import OpenAPIKit

/// Reads a request's fields: each check records its problem under the field's name and returns
/// the value when the field is good, so that one response lists every problem.
///
/// Each check also records the field's JSON Schema. Run over an empty form (`Form.schema`),
/// the same checks that validate a request describe it, for the service's API document.
public struct FieldValidator: Sendable {
    public private(set) var errors: [(field: String, message: Localized)] = []
    /// The provider's day, for fields that must lie in the past or in the future.
    public let today: CalendarDate
    /// Put before every field name, inside `nested` and `each`.
    private var prefix = ""
    private(set) var shape = FormShape()
    /// Whether this run only describes the form: every list is then read as one empty item.
    let describing: Bool

    public init(today: CalendarDate) {
        self.today = today
        describing = false
    }

    init(describing: Bool) {
        today = CalendarDate(year: 2026, month: 1, day: 1)!
        self.describing = describing
    }

    public mutating func require(_ condition: Bool, _ field: String, _ message: Localized) {
        if !condition { add(field, message) }
    }

    public mutating func add(_ field: String, _ message: Localized) {
        errors.append((prefix + field, message))
    }

    /// Declares a field's schema (under the current prefix) without reading it: for a check
    /// that reads a value another way.
    public mutating func declare(_ field: String, _ schema: JSONSchema) {
        shape.field(prefix + field, schema)
    }

    /// Declares an object or a list of the form, and whether the form needs it.
    mutating func declareContainer(_ field: String, required: Bool, minItems: Int? = nil, maxItems: Int? = nil,
                                   description: String? = nil) {
        shape.container(prefix + field, .init(required: required, minItems: minItems, maxItems: maxItems, description: description))
    }

    /// The one way a field is read: its schema is declared; a missing value is a problem if the
    /// field is required; a present one is parsed, and a bad one recorded with its reason.
    ///
    /// An optional field typed as text may also be sent blank, as a form's empty box is: every
    /// reading takes "" as "not given", so the document says so too (`blank`, which a field
    /// whose reading takes more as blank widens), or a client (or a fuzzer) holding to it would
    /// think the blank refused.
    public mutating func read<Value, Parsed>(_ field: String, _ value: Value?, schema: JSONSchema, required: Bool = true,
                                             blank: JSONSchema = FieldValidator.blank,
                                             parse: (Value) -> FieldReading<Parsed>) -> Parsed? {
        if required {
            declare(field, schema.requiredSchemaObject())
        } else if Value.self == String.self {
            declare(field, .any(of: [schema.optionalSchemaObject(), blank], core: .init(description: schema.description)).optionalSchemaObject())
        } else {
            declare(field, schema.optionalSchemaObject())
        }
        let reading = value.map(parse) ?? .missing
        switch reading {
        case .good(let parsed): return parsed
        case .missing:
            if required { add(field, .required) }
            return nil
        case .bad(let message):
            add(field, message)
            return nil
        }
    }

    /// The blank an optional text field may be sent as: the empty string.
    public static let blank = JSONSchema.string(description: "Blank: not given", maxLength: 0)

    /// Checks a form inside a form, naming its fields under `name` (`questionnaire.iin`).
    public mutating func nested<T>(_ name: String, _ check: (inout FieldValidator) throws -> T) rethrows -> T {
        let outer = prefix
        prefix = outer + name + "."
        defer { prefix = outer }
        return try check(&self)
    }

    public var isValid: Bool { errors.isEmpty }

    /// Throws a 422 problem naming every field that was wrong, if any was.
    public func validate() throws {
        if !errors.isEmpty { throw Problem.validation(errors) }
    }

    /// What a form's reading made: a 422 naming every field that was wrong, if any was.
    public func valid<T>(_ value: T?) throws -> T {
        try validate()
        guard let value else { throw IncompleteForm(form: "\(T.self)") }
        return value
    }
}

/// What a check made of one value.
public enum FieldReading<Value> {
    case good(Value)
    /// Given but empty: the same as not given.
    case missing
    case bad(Localized)
}
