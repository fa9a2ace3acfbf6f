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

    public mutating func optionalText(_ value: String?, _ field: String, limit: Int, multiline: Bool = false,
                                      description: String? = nil) -> String? {
        read(field, value, schema: PlainText.schema(limit: limit, multiline: multiline, description: description), required: false) {
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
        read(field, value, schema: PersonName.schema) { text in
            switch PlainText.reading(text, limit: PersonName.limit, multiline: false) {
            case .good(let name): PersonName.isValid(name) ? .good(name) : .bad(.badPersonName)
            case let other: other
            }
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

/// The years a date of each kind may fall in. A date outside is a typo (a stream in the year
/// 566) and is refused where it is typed.
public struct DateRange: Sendable {
    public let range: ClosedRange<CalendarDate>
    /// The years as a pattern, for the API document.
    let pattern: String

    /// What a course's dates can be: an order, a stream, a payment, a trainer's contract.
    public static let academic = DateRange(from: 2000, through: 2099, pattern: "^20[0-9]{2}-[0-9]{2}-[0-9]{2}$")
    /// What a person's dates can be: a birth, a diploma, a qualification.
    public static let lifetime = DateRange(from: 1900, through: 2099, pattern: "^(19|20)[0-9]{2}-[0-9]{2}-[0-9]{2}$")

    private init(from first: Int, through last: Int, pattern: String) {
        range = CalendarDate(year: first, month: 1, day: 1)!...CalendarDate(year: last, month: 12, day: 31)!
        self.pattern = pattern
    }

    func reading(_ text: String) -> FieldReading<CalendarDate> {
        if text.isEmpty { return .missing }
        guard let date = CalendarDate(text) else { return .bad(.invalidDate) }
        return range.contains(date) ? .good(date) : .bad(.yearsBetween(range.lowerBound.year, range.upperBound.year))
    }

    func schema(description: String?) -> JSONSchema {
        .string(format: .date, description: description, pattern: pattern)
    }
}

/// Text as people type it into a form: trimmed, and free of the characters no one types
/// (control characters, which a printed order or a CSV export would carry on, and the
/// invisible ones that reorder or hide text).
public enum PlainText {
    static func reading(_ value: String, limit: Int, multiline: Bool) -> FieldReading<String> {
        let text = value.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty { return .missing }
        guard isPlain(text, multiline: multiline) else { return .bad(multiline ? .controlCharactersInText : .controlCharacters) }
        return text.count <= limit ? .good(text) : .bad(.tooLong)
    }

    /// No control characters (but a line break or a tab in multi-line text), no bidirectional
    /// overrides and no zero-width characters.
    public static func isPlain(_ text: String, multiline: Bool = false) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: multiline
            case 0x00...0x1F, 0x7F...0x9F: false
            case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2069, 0xFEFF: false
            default: true
            }
        }
    }

    /// The same rule for the API document: not blank, no control characters.
    static func schema(limit: Int, multiline: Bool, description: String?) -> JSONSchema {
        let allowed = multiline ? #"[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]"# : #"[^\u0000-\u001F\u007F]"#
        let visible = multiline ? #"[^\s\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]"# : #"[^\s\u0000-\u001F\u007F]"#
        return .string(description: description, minLength: 1, maxLength: limit, pattern: "^\(allowed)*\(visible)\(allowed)*$")
    }
}

extension EmailAddress {
    static let schema = JSONSchema.string(format: .email, maxLength: 254, pattern: #"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$"#)

    static func reading(_ value: String) -> FieldReading<String> {
        let email = value.trimmingCharacters(in: .whitespaces)
        if email.isEmpty { return .missing }
        return isValid(email) && email.count <= 254 ? .good(email.lowercased()) : .bad(.invalidEmail)
    }
}

extension PersonName {
    static let limit = 200
    /// Cyrillic and Latin letters with spaces, hyphens, apostrophes and dots, as `isValid` says.
    static let schema = JSONSchema.string(
        description: "Cyrillic or Latin letters, with spaces, hyphens, apostrophes and dots", minLength: 1, maxLength: limit,
        pattern: #"^[ .'’ʼ\u0301-]*[A-Za-zÀ-ÖØ-öø-ɏЀ-ԯ][A-Za-zÀ-ÖØ-öø-ɏЀ-ԯ .'’ʼ\u0301-]*$"#)
}

extension ProgrammeCode {
    static func schema(description: String?) -> JSONSchema {
        .string(description: description, minLength: 1, maxLength: 32, pattern: "^[A-Za-z0-9-]+$")
    }

    static func reading(_ value: String) -> FieldReading<String> {
        let code = value.trimmingCharacters(in: .whitespaces)
        if code.isEmpty { return .missing }
        return isValid(code) ? .good(code) : .bad(.badProgrammeCode)
    }
}

extension Localized {
    public static let tooLong = Localized(kk: "Тым ұзын", ru: "Слишком длинно", en: "Too long")
    public static let endsBeforeItStarts = Localized(kk: "Аяқталу күні басталу күнінен бұрын", ru: "Дата окончания раньше даты начала",
                                                     en: "Ends before it starts")
    public static let controlCharacters = Localized(
        kk: "Мәтінде басқару таңбалары болмауы керек", ru: "В тексте не должно быть управляющих символов",
        en: "The text must not hold control characters")
    public static let controlCharactersInText = Localized(
        kk: "Мәтінде жол ауыстыру мен табуляциядан басқа басқару таңбалары болмауы керек",
        ru: "В тексте не должно быть управляющих символов, кроме перевода строки и табуляции",
        en: "The text must not hold control characters other than line breaks and tabs")
    public static let notAnIdentifier = Localized(kk: "Идентификатор емес", ru: "Это не идентификатор", en: "Not an identifier")
    public static let notAWholeNumber = Localized(kk: "Бүтін сан емес", ru: "Это не целое число", en: "Not a whole number")
    public static let trueOrFalse = Localized(kk: "true немесе false", ru: "true или false", en: "true or false")

    public static func oneOf(_ values: [String]) -> Localized {
        let list = values.joined(separator: ", ")
        return Localized(kk: "Мүмкін мәндер: \(list)", ru: "Допустимые значения: \(list)", en: "One of: \(list)")
    }

    public static func between(_ range: ClosedRange<Int>) -> Localized {
        let (low, high) = (range.lowerBound, range.upperBound)
        return Localized(kk: "\(low)-ден \(high)-ге дейін", ru: "От \(low) до \(high)", en: "From \(low) to \(high)")
    }

    public static func yearsBetween(_ first: Int, _ last: Int) -> Localized {
        Localized(kk: "Жылы \(first)–\(last) аралығында болуы керек", ru: "Год должен быть в пределах \(first)–\(last)",
                  en: "The year must be from \(first) to \(last)")
    }

    public static func atLeast(_ count: Int) -> Localized {
        count == 1
            ? Localized(kk: "Кемінде біреуі", ru: "Нужен хотя бы один элемент", en: "At least one")
            : Localized(kk: "Кемінде \(count)", ru: "Не меньше \(count)", en: "At least \(count)")
    }

    public static func atMost(_ count: Int) -> Localized {
        Localized(kk: "Ең көбі \(count)", ru: "Не больше \(count)", en: "At most \(count)")
    }

    public static let badPersonName = Localized(
        kk: "Аты-жөні кириллица немесе латын әріптерімен жазылады (бос орын, сызықша, апостроф, нүкте болуы мүмкін)",
        ru: "ФИО пишется кириллицей или латиницей (допустимы пробел, дефис, апостроф, точка)",
        en: "A name is written in Cyrillic or Latin letters (spaces, hyphens, apostrophes and dots allowed)")
    public static let badProgrammeCode = Localized(
        kk: "Бағдарлама коды тек әріптерден, сандардан және сызықшадан тұрады",
        ru: "Код программы состоит только из букв, цифр и дефисов",
        en: "A programme code has only letters, digits and dashes")
    public static let required = Localized(kk: "Толтыру міндетті", ru: "Обязательное поле", en: "Required")
    public static let invalidEmail = Localized(kk: "Электрондық пошта мекенжайы қате", ru: "Неверный адрес электронной почты",
                                               en: "Not a valid email address")
    public static let invalidDate = Localized(kk: "Күні ЖЖЖЖ-АА-КК түрінде болуы керек", ru: "Дата должна быть в виде ГГГГ-ММ-ДД",
                                              en: "A date must be YYYY-MM-DD")
}

public enum EmailAddress {
    /// A plain structural check: one @, a dot in the domain, no spaces. Deliverability is the
    /// mail system's to judge.
    public static func isValid(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !text.contains(where: \.isWhitespace) else { return false }
        let domain = parts[1]
        return domain.contains(".") && !domain.hasPrefix(".") && !domain.hasSuffix(".") && !domain.contains("..")
    }
}
