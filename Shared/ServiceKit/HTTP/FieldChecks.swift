import EventContracts
import Foundation
import Storage

/// Checks for the kinds of field that many forms share. Each records its problem under the
/// field's name and returns the value when the field is good, so that a form lists every
/// problem in one response.
extension FieldValidator {
    /// Trimmed text, required, at most `limit` characters.
    public mutating func text(_ value: String?, _ field: String, limit: Int) -> String? {
        let text = (value ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty { add(field, .required); return nil }
        if text.count > limit { add(field, .tooLong); return nil }
        return text
    }

    /// One of an enumeration's raw values.
    public mutating func choice<T: RawRepresentable & CaseIterable>(_ value: String?, _ field: String, _ type: T.Type) -> T?
    where T.RawValue == String {
        guard let value, !value.isEmpty else { add(field, .required); return nil }
        guard let choice = T(rawValue: value) else {
            add(field, .oneOf(T.allCases.map(\.rawValue)))
            return nil
        }
        return choice
    }

    /// An email address, lowercased.
    public mutating func email(_ value: String?, _ field: String) -> String? {
        let email = (value ?? "").trimmingCharacters(in: .whitespaces)
        guard !email.isEmpty else { add(field, .required); return nil }
        guard EmailAddress.isValid(email) else { add(field, .invalidEmail); return nil }
        return email.lowercased()
    }

    /// A calendar date, `yyyy-MM-dd`, required.
    public mutating func date(_ value: String?, _ field: String) -> String? {
        guard let value, !value.isEmpty else { add(field, .required); return nil }
        guard CalendarDate(value) != nil else { add(field, .invalidDate); return nil }
        return value
    }

    /// A person's full name (`PersonName`), required.
    public mutating func personName(_ value: String?, _ field: String) -> String? {
        guard let name = text(value, field, limit: 200) else { return nil }
        guard PersonName.isValid(name) else { add(field, .badPersonName); return nil }
        return name
    }

    /// A programme code (`ProgrammeCode`), required.
    public mutating func programmeCode(_ value: String?, _ field: String) -> String? {
        guard let code = text(value, field, limit: 32) else { return nil }
        guard ProgrammeCode.isValid(code) else { add(field, .badProgrammeCode); return nil }
        return code
    }
}

extension Localized {
    public static let tooLong = Localized(kk: "Тым ұзын", ru: "Слишком длинно", en: "Too long")
    public static let endsBeforeItStarts = Localized(kk: "Аяқталу күні басталу күнінен бұрын", ru: "Дата окончания раньше даты начала",
                                                     en: "Ends before it starts")

    public static func oneOf(_ values: [String]) -> Localized {
        let list = values.joined(separator: ", ")
        return Localized(kk: "Мүмкін мәндер: \(list)", ru: "Допустимые значения: \(list)", en: "One of: \(list)")
    }

    public static let badPersonName = Localized(
        kk: "Аты-жөні кириллица немесе латын әріптерімен жазылады (бос орын, сызықша, апостроф, нүкте болуы мүмкін)",
        ru: "ФИО пишется кириллицей или латиницей (допустимы пробел, дефис, апостроф, точка)",
        en: "A name is written in Cyrillic or Latin letters (spaces, hyphens, apostrophes and dots allowed)")
    public static let badProgrammeCode = Localized(
        kk: "Бағдарлама коды тек әріптерден, сандардан және сызықшадан тұрады",
        ru: "Код программы состоит только из букв, цифр и дефисов",
        en: "A programme code has only letters, digits and dashes")
}
