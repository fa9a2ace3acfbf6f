import Foundation
import ServiceKit

/// An individual application as posted (Appendix 1, skeleton fields). Later issues add the
/// questionnaire (Appendix 2) and the document checklist (6.2).
public struct ApplicationForm: Codable, Sendable {
    public var fullName: String?
    public var iin: String?
    public var programmeCode: String?
    public var employerEmail: String?

    public init(fullName: String?, iin: String?, programmeCode: String?, employerEmail: String?) {
        self.fullName = fullName
        self.iin = iin
        self.programmeCode = programmeCode
        self.employerEmail = employerEmail
    }

    /// A form whose every field has been checked.
    public struct Valid: Sendable, Equatable {
        public var fullName: String
        public var iin: IIN
        public var programmeCode: String
        public var employerEmail: String
    }

    /// Checks every field and lists every problem at once.
    public func validated() throws -> Valid {
        var validator = FieldValidator()
        let name = (fullName ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        validator.require(!name.isEmpty, "fullName", .required)
        validator.require(name.count <= 200, "fullName", IntakeText.tooLong)

        var iinValue: IIN?
        if let iin, !iin.isEmpty {
            do { iinValue = try IIN(iin) } catch { validator.add("iin", IntakeText.message(for: error)) }
        } else {
            validator.add("iin", .required)
        }

        let code = (programmeCode ?? "").trimmingCharacters(in: .whitespaces)
        validator.require(!code.isEmpty, "programmeCode", .required)
        validator.require(code.isEmpty || ProgrammeCode.isValid(code), "programmeCode", IntakeText.badProgrammeCode)

        let email = (employerEmail ?? "").trimmingCharacters(in: .whitespaces)
        if email.isEmpty { validator.add("employerEmail", .required) }
        else { validator.require(EmailAddress.isValid(email), "employerEmail", .invalidEmail) }

        try validator.validate()
        return Valid(fullName: name, iin: iinValue!, programmeCode: code, employerEmail: email.lowercased())
    }
}

/// Programme codes are the centre's own: letters, digits and dashes, up to 32 characters.
public enum ProgrammeCode {
    public static func isValid(_ code: String) -> Bool {
        code.count <= 32 && code.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
    }
}
