/// Collects every problem with a request's fields, so that one response lists them all.
public struct FieldValidator: Sendable {
    public private(set) var errors: [(field: String, message: Localized)] = []
    /// Put before every field name, inside `nested`.
    private var prefix = ""

    public init() {}

    public mutating func require(_ condition: Bool, _ field: String, _ message: Localized) {
        if !condition { add(field, message) }
    }

    public mutating func add(_ field: String, _ message: Localized) {
        errors.append((prefix + field, message))
    }

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
}

/// Messages that many forms share.
extension Localized {
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
        return domain.contains(".") && !domain.hasPrefix(".") && !domain.hasSuffix(".")
    }
}
