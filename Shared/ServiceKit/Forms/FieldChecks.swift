import EventContracts
import Foundation
import OpenAPIKit

/// Checks for the kinds of field that forms share, each with its schema. A required check
/// refuses a missing value; its `optional…` twin takes none as none.
extension FieldValidator {
    /// Trimmed text, at most `limit` characters, with no control characters (a line break and
    /// a tab only where `multiline`).
    public mutating func text(_ value: String?, _ field: String, limit: Int, multiline: Bool = false,
                              description: String? = nil) -> String? {
        read(field, value, schema: PlainText.schema(limit: limit, multiline: multiline, description: description)) {
            PlainText.reading($0, limit: limit, multiline: multiline)
        }
    }

    /// Text that may be left out: absent, null, or blank (spaces only, as typed), all the same.
    public mutating func optionalText(_ value: String?, _ field: String, limit: Int, multiline: Bool = false,
                                      description: String? = nil) -> String? {
        // Its reading trims, so spaces alone are blank too.
        let blank = JSONSchema.string(description: "Blank: not given", maxLength: limit, pattern: #"^\s*$"#)
        return read(field, value, schema: PlainText.schema(limit: limit, multiline: multiline, description: description),
                    required: false, blank: blank) {
            PlainText.reading($0, limit: limit, multiline: multiline)
        }
    }

    /// One of an enumeration's raw values.
    public mutating func choice<T: RawRepresentable & CaseIterable>(_ value: String?, _ field: String, _ type: T.Type,
                                                                    description: String? = nil) -> T? where T.RawValue == String {
        read(field, value, schema: .choice(T.self, description: description)) { Self.reading($0, as: T.self) }
    }

    public mutating func optionalChoice<T: RawRepresentable & CaseIterable>(_ value: String?, _ field: String, _ type: T.Type,
                                                                            description: String? = nil) -> T? where T.RawValue == String {
        read(field, value, schema: .choice(T.self, description: description), required: false) { Self.reading($0, as: T.self) }
    }

    private static func reading<T: RawRepresentable & CaseIterable>(_ value: String, as type: T.Type) -> FieldReading<T>
    where T.RawValue == String {
        if value.isEmpty { return .missing }
        return T(rawValue: value).map(FieldReading.good) ?? .bad(.oneOf(T.allCases.map(\.rawValue)))
    }

    /// An email address, lowercased.
    public mutating func email(_ value: String?, _ field: String) -> String? {
        read(field, value, schema: EmailAddress.schema, parse: EmailAddress.reading)
    }

    public mutating func optionalEmail(_ value: String?, _ field: String) -> String? {
        read(field, value, schema: EmailAddress.schema, required: false, parse: EmailAddress.reading)
    }

    /// A calendar date, `yyyy-MM-dd`, in `range` (by default, the years a course can be in).
    public mutating func date(_ value: String?, _ field: String, in range: DateRange = .academic,
                              description: String? = nil) -> CalendarDate? {
        read(field, value, schema: range.schema(description: description)) { range.reading($0) }
    }

    public mutating func optionalDate(_ value: String?, _ field: String, in range: DateRange = .academic,
                                      description: String? = nil) -> CalendarDate? {
        read(field, value, schema: range.schema(description: description), required: false) { range.reading($0) }
    }

    /// A person's full name (`PersonName`).
    public mutating func personName(_ value: String?, _ field: String) -> String? {
        read(field, value, schema: PersonName.schema, parse: Self.personNameReading)
    }

    public mutating func optionalPersonName(_ value: String?, _ field: String) -> String? {
        read(field, value, schema: PersonName.schema, required: false, parse: Self.personNameReading)
    }

    private static func personNameReading(_ text: String) -> FieldReading<String> {
        switch PlainText.reading(text, limit: PersonName.limit, multiline: false) {
        case .good(let name): PersonName.isValid(name) ? .good(name) : .bad(.badPersonName)
        case let other: other
        }
    }

    /// A programme code (`ProgrammeCode`).
    public mutating func programmeCode(_ value: String?, _ field: String, description: String? = nil) -> String? {
        read(field, value, schema: ProgrammeCode.schema(description: description), parse: ProgrammeCode.reading)
    }

    public mutating func optionalProgrammeCode(_ value: String?, _ field: String, description: String? = nil) -> String? {
        read(field, value, schema: ProgrammeCode.schema(description: description), required: false, parse: ProgrammeCode.reading)
    }

    /// The id of a record (a UUID, as the services make them), lowercased.
    public mutating func identifier(_ value: String?, _ field: String, description: String? = nil) -> String? {
        read(field, value, schema: .identifier.with(description: description)) { Self.identifierReading($0) }
    }

    public mutating func optionalIdentifier(_ value: String?, _ field: String, description: String? = nil) -> String? {
        read(field, value, schema: .identifier.with(description: description), required: false) { Self.identifierReading($0) }
    }

    private static func identifierReading(_ text: String) -> FieldReading<String> {
        if text.isEmpty { return .missing }
        return UUID(uuidString: text) == nil ? .bad(.notAnIdentifier) : .good(text.lowercased())
    }

    /// A whole number in `range`.
    public mutating func integer(_ value: Int?, _ field: String, in range: ClosedRange<Int>, description: String? = nil) -> Int? {
        read(field, value, schema: .integer(range, description: description)) { number in
            range.contains(number) ? .good(number) : .bad(.between(range))
        }
    }

    public mutating func optionalInteger(_ value: Int?, _ field: String, in range: ClosedRange<Int>, description: String? = nil) -> Int? {
        read(field, value, schema: .integer(range, description: description), required: false) { number in
            range.contains(number) ? .good(number) : .bad(.between(range))
        }
    }

    /// A list of texts, at least `minimum`, at most `maximum`, none empty; each problem is named
    /// by its place (`leaders[1]`).
    public mutating func list(_ values: [String]?, _ field: String, limit: Int, minimum: Int = 1, maximum: Int = 500,
                              required: Bool = true, multiline: Bool = false, description: String? = nil) -> [String]? {
        declareContainer(field, required: required, minItems: minimum, maxItems: maximum, description: description)
        if describing { _ = text(nil, "\(field)[0]", limit: limit, multiline: multiline) }
        guard let values else {
            if required { add(field, .required) }
            return required ? nil : []
        }
        if values.count < minimum { add(field, .atLeast(minimum)); return nil }
        if values.count > maximum { add(field, .atMost(maximum)); return nil }
        var items: [String] = []
        for (index, value) in values.enumerated() {
            if let item = text(value, "\(field)[\(index)]", limit: limit, multiline: multiline) { items.append(item) }
        }
        return items.count == values.count ? items : nil
    }

    /// An object of the form, its fields named under `field.` (`contract.validFrom`).
    public mutating func object<Part: FormPart, T>(_ value: Part?, _ field: String, description: String? = nil,
                                                   _ read: (inout FieldValidator, Part) -> T?) -> T? {
        declareContainer(field, required: true, description: description)
        guard let part = value ?? (describing ? Part.empty : nil) else { add(field, .required); return nil }
        return nested(field) { check in read(&check, part) }
    }

    /// An object the form may leave out; nil when it does.
    public mutating func optionalObject<Part: FormPart, T>(_ value: Part?, _ field: String, description: String? = nil,
                                                           _ read: (inout FieldValidator, Part) -> T?) -> T? {
        declareContainer(field, required: false, description: description)
        guard let part = value ?? (describing ? Part.empty : nil) else { return nil }
        return nested(field) { check in read(&check, part) }
    }

    /// A list of objects, each read under `field[i].` (or under the name `place` gives it: a
    /// file's line); nil unless every one is good.
    public mutating func each<Part: FormPart, T>(_ values: [Part]?, _ field: String, minimum: Int = 1, maximum: Int = 500,
                                                 required: Bool = true, description: String? = nil,
                                                 place: ((Int) -> String)? = nil,
                                                 _ read: (inout FieldValidator, Part, Int) -> T?) -> [T]? {
        declareContainer(field, required: required, minItems: minimum, maxItems: maximum, description: description)
        guard let values = values ?? (describing ? [Part.empty].compactMap { $0 } : nil) else {
            if required { add(field, .required) }
            return required ? nil : []
        }
        if !describing {
            if values.count < minimum { add(field, .atLeast(minimum)); return nil }
            if values.count > maximum { add(field, .atMost(maximum)); return nil }
        }
        var items: [T] = []
        for (index, value) in values.enumerated() {
            let name = describing ? "\(field)[\(index)]" : place?(index) ?? "\(field)[\(index)]"
            if let item = nested(name, { check in read(&check, value, index) }) { items.append(item) }
        }
        return items.count == values.count ? items : nil
    }

    // MARK: Query parameters, which arrive as text

    /// A whole number written in a query: `?year=2026`.
    public mutating func integer(text value: String?, _ field: String, in range: ClosedRange<Int>, required: Bool = false,
                                 description: String? = nil) -> Int? {
        read(field, value, schema: .integer(range, description: description), required: required) { text in
            guard !text.isEmpty else { return .missing }
            guard let number = Int(text) else { return .bad(.notAWholeNumber) }
            return range.contains(number) ? .good(number) : .bad(.between(range))
        }
    }

    /// `true` or `false` (also `1` or `0`) in a query; absent is false.
    public mutating func flag(text value: String?, _ field: String, description: String? = nil) -> Bool {
        read(field, value, schema: .boolean(description: description), required: false) { text -> FieldReading<Bool> in
            switch text {
            case "true", "1": .good(true)
            case "false", "0": .good(false)
            case "": .missing
            default: .bad(.trueOrFalse)
            }
        } ?? false
    }
}
