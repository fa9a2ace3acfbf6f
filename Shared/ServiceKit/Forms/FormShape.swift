import OpenAPIKit

/// The shape of a form as its `read` declares it, field by field: the JSON Schema that the
/// API document gives for the form. Each check a form makes records the field it reads here,
/// so the document says what the checks accept, and the two cannot drift apart.
struct FormShape: Sendable {
    /// A field's place: `modules[0].name` is `modules`, an item, `name`.
    enum Step: Hashable, Sendable {
        case key(String)
        case item
    }

    /// What an object or a list says of itself, beyond its fields or items.
    struct Container: Sendable {
        var required: Bool
        var minItems: Int?
        var maxItems: Int?
        var description: String?
    }

    private(set) var leaves: [(path: [Step], schema: JSONSchema)] = []
    private var containers: [[Step]: Container] = [:]

    mutating func field(_ name: String, _ schema: JSONSchema) {
        let path = Self.path(name)
        guard !leaves.contains(where: { $0.path == path }) else { return }
        leaves.append((path, schema))
    }

    mutating func container(_ name: String, _ container: Container) {
        containers[Self.path(name)] = container
    }

    /// The names of the form's own (top-level) fields, in order.
    var topLevelNames: [String] {
        var names: [String] = []
        for leaf in leaves {
            if case .key(let name)? = leaf.path.first, !names.contains(name) { names.append(name) }
        }
        return names
    }

    /// The form as a JSON body's schema. A field the form does not need may also be given as
    /// `null`: decoded into an optional, it reads as left out, and the document says so.
    var schema: JSONSchema { node(at: [], leaves: leaves[...], nullable: true) }

    /// The form as a query's parameters, which have no `null`.
    var parameters: JSONSchema { node(at: [], leaves: leaves[...], nullable: false) }

    private func node(at path: [Step], leaves: ArraySlice<(path: [Step], schema: JSONSchema)>, nullable: Bool) -> JSONSchema {
        if let leaf = leaves.first(where: { $0.path == path }) { return leaf.schema }
        let below = leaves.filter { $0.path.count > path.count && $0.path.starts(with: path) }
        let container = containers[path]
        var required = container?.required
        if below.first?.path[path.count] == .item {
            let items = node(at: path + [.item], leaves: below[...], nullable: nullable)
            required = required ?? items.required
            return .array(required: required ?? false, description: container?.description, minItems: container?.minItems,
                          maxItems: container?.maxItems, items: items.requiredSchemaObject())
        }
        var properties = OrderedDictionary<String, JSONSchema>()
        for leaf in below {
            guard case .key(let name) = leaf.path[path.count], properties[name] == nil else { continue }
            let property = node(at: path + [.key(name)], leaves: below[...], nullable: nullable)
            properties[name] = nullable && !property.required ? Self.orNull(property) : property
        }
        let anyRequired = properties.values.contains { $0.required }
        return .object(required: required ?? anyRequired, description: container?.description, properties: properties)
    }

    /// `schema`, or null; an enumeration lists null among its values, or null would fail it.
    /// A field of alternatives (a value, or the blank) takes null in each of them: marked on
    /// the `anyOf` itself, null would be written as its type, which no string would then meet.
    static func orNull(_ schema: JSONSchema) -> JSONSchema {
        if case .any(let alternatives, let core) = schema.value {
            return JSONSchema.any(of: alternatives.map(orNull), core: core)
        }
        let nullable = schema.nullableSchemaObject()
        guard let values = schema.allowedValues else { return nullable }
        return nullable.with(allowedValues: values + [AnyCodable(nil as String?)])
    }

    /// `teachers[3].iin` → `teachers`, item, `iin`.
    static func path(_ name: String) -> [Step] {
        var steps: [Step] = []
        for part in name.split(separator: ".") {
            var key = Substring(part)
            var items = 0
            while key.hasSuffix("]"), let open = key.lastIndex(of: "[") {
                items += 1
                key = key[..<open]
            }
            if !key.isEmpty { steps.append(.key(String(key))) }
            steps += Array(repeating: .item, count: items)
        }
        return steps
    }
}
