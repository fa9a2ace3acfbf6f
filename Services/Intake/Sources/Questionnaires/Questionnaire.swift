import EventContracts
import Hummingbird
import ServiceKit

/// The personal-data questionnaire (Appendix 2), as stored once every field has been checked.
public struct Questionnaire: Codable, Sendable, Equatable {
    public enum Sex: String, Codable, Sendable, CaseIterable { case male, female }

    public enum EducationLevel: String, Codable, Sendable, CaseIterable {
        case technicalVocational = "technical-vocational"
        case higher
        case postgraduate
    }

    public struct Education: Codable, Sendable, Equatable {
        public var level: EducationLevel
        public var institution: String
        public var speciality: String
        public var graduationYear: Int
    }

    public struct Workplace: Codable, Sendable, Equatable {
        /// The organisation's full name.
        public var organisation: String
        public var region: Region
    }

    public var fullName: String
    public var iin: String
    /// The same as the IIN's.
    public var birthDate: CalendarDate
    public var sex: Sex
    public var position: String
    public var education: Education
    public var qualificationCategory: QualificationCategory
    /// Present exactly when the category expires.
    public var categoryValidUntil: CalendarDate?
    public var workplace: Workplace
    public var totalExperienceYears: Int
    public var teachingExperienceYears: Int
    public var languageOfInstruction: Language
    public var homeAddress: String
    /// `+7` and ten digits.
    public var phone: String
    public var email: String
    public var additionalInformation: String?
}

extension Questionnaire: ResponseEncodable {}
