import EventContracts
import Foundation
import OpenAPIKit

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
    /// The limit holds for the text as sent, spaces around it included, as the schema's
    /// `maxLength` says.
    static func reading(_ value: String, limit: Int, multiline: Bool) -> FieldReading<String> {
        guard value.count <= limit else { return .bad(.tooLong) }
        let text = value.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty { return .missing }
        guard isPlain(text, multiline: multiline) else { return .bad(multiline ? .controlCharactersInText : .controlCharacters) }
        return .good(text)
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
    static let schema = JSONSchema.string(format: .email, maxLength: 254, pattern: pattern)

    static func reading(_ value: String) -> FieldReading<String> {
        let email = value.trimmingCharacters(in: .whitespaces)
        if email.isEmpty { return .missing }
        return isValid(email) ? .good(email.lowercased()) : .bad(.invalidEmail)
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

public enum EmailAddress {
    /// The shape of an address a letter can go to: a local part of letters, digits and the
    /// signs RFC 5322 allows unquoted, in dot-separated runs; a domain of at least two labels of
    /// letters, digits and inner hyphens. Letters may be Latin or Cyrillic (a Kazakh domain, or
    /// mailbox, is one). No space, no control character, nothing a mail header could be split
    /// or forged with. Deliverability is the mail system's to judge.
    ///
    /// An internationalised domain is taken as people write it (`мектеп.қаз`), not in its ASCII
    /// form: a label with hyphens third and fourth (`xn--…`) is an A-label, which is only an
    /// address if it decodes by IDNA, a check this does not make (RFC 5891 §4.2.3.1).
    public static func isValid(_ text: String) -> Bool {
        guard text.utf8.count <= 254, let at = text.firstIndex(of: "@"), text[..<at].count <= 64,
              let regex = try? Regex(pattern), text.wholeMatch(of: regex) != nil else { return false }
        return !text[text.index(after: at)...].split(separator: ".").contains { label in
            label.count >= 4 && label.dropFirst(2).hasPrefix("--")
        }
    }

    private static let letterOrDigit = "A-Za-z0-9À-ÖØ-öø-ɏЀ-ԯ"
    private static let atom = "[\(letterOrDigit)!#$%&'*+/=?^_`{|}~-]+"
    private static let label = "[\(letterOrDigit)]([\(letterOrDigit)-]*[\(letterOrDigit)])?"
    /// A top-level domain is letters: `kz`, or `қаз` as people write it.
    private static let topLevel = "[A-Za-zÀ-ÖØ-öø-ɏЀ-ԯ]{2,}"
    /// Also the schema's pattern, so that the document and the check are one rule. The lengths
    /// (254 in all, 64 before the @, RFC 5321 §4.5.3.1) are the `email` format's, and checked
    /// apart: a look-ahead in the pattern would leave fuzzers too few addresses to try.
    public static let pattern = "^\(atom)(\\.\(atom))*@\(label)(\\.\(label))*\\.\(topLevel)$"
}
