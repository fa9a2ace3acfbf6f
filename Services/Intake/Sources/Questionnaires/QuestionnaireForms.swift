import EventContracts
import Foundation
import ServiceKit

/// The questionnaire (Appendix 2) as a person or a client system sends it.
public struct QuestionnaireForm: Form {
    public struct Education: FormPart {
        public var level: String?
        public var institution: String?
        public var speciality: String?
        public var graduationYear: Int?

        public init(level: String? = nil, institution: String? = nil, speciality: String? = nil, graduationYear: Int? = nil) {
            self.level = level
            self.institution = institution
            self.speciality = speciality
            self.graduationYear = graduationYear
        }
    }

    public struct Workplace: FormPart {
        public var organisation: String?
        public var region: String?

        public init(organisation: String? = nil, region: String? = nil) {
            self.organisation = organisation
            self.region = region
        }
    }

    public var fullName: String?
    public var iin: String?
    public var birthDate: String?
    public var sex: String?
    public var position: String?
    public var education: Education?
    public var qualificationCategory: String?
    public var categoryValidUntil: String?
    public var workplace: Workplace?
    public var totalExperienceYears: Int?
    public var teachingExperienceYears: Int?
    public var languageOfInstruction: String?
    public var homeAddress: String?
    public var phone: String?
    public var email: String?
    public var additionalInformation: String?

    public init(fullName: String? = nil, iin: String? = nil, birthDate: String? = nil, sex: String? = nil,
                position: String? = nil, education: Education? = nil, qualificationCategory: String? = nil,
                categoryValidUntil: String? = nil, workplace: Workplace? = nil, totalExperienceYears: Int? = nil,
                teachingExperienceYears: Int? = nil, languageOfInstruction: String? = nil, homeAddress: String? = nil,
                phone: String? = nil, email: String? = nil, additionalInformation: String? = nil) {
        self.fullName = fullName
        self.iin = iin
        self.birthDate = birthDate
        self.sex = sex
        self.position = position
        self.education = education
        self.qualificationCategory = qualificationCategory
        self.categoryValidUntil = categoryValidUntil
        self.workplace = workplace
        self.totalExperienceYears = totalExperienceYears
        self.teachingExperienceYears = teachingExperienceYears
        self.languageOfInstruction = languageOfInstruction
        self.homeAddress = homeAddress
        self.phone = phone
        self.email = email
        self.additionalInformation = additionalInformation
    }

    /// A stored questionnaire as a form, to be changed and checked again.
    init(_ stored: Questionnaire) {
        self.init(
            fullName: stored.fullName, iin: stored.iin, birthDate: stored.birthDate.description, sex: stored.sex.rawValue,
            position: stored.position,
            education: .init(level: stored.education.level.rawValue, institution: stored.education.institution,
                             speciality: stored.education.speciality, graduationYear: stored.education.graduationYear),
            qualificationCategory: stored.qualificationCategory.rawValue, categoryValidUntil: stored.categoryValidUntil?.description,
            workplace: .init(organisation: stored.workplace.organisation, region: stored.workplace.region.rawValue),
            totalExperienceYears: stored.totalExperienceYears, teachingExperienceYears: stored.teachingExperienceYears,
            languageOfInstruction: stored.languageOfInstruction.rawValue, homeAddress: stored.homeAddress, phone: stored.phone,
            email: stored.email, additionalInformation: stored.additionalInformation)
    }

    /// Checks every rule of Appendix 2, each problem named by its field.
    public func read(_ check: inout FieldValidator) -> Questionnaire? {
        let errorsBefore = check.errors.count
        let fullName = check.personName(self.fullName, "fullName")
        let iin = check.iin(self.iin, "iin")
        let birthDate = check.birthDate(self.birthDate, agreeingWith: iin)
        let sex = check.choice(self.sex, "sex", Questionnaire.Sex.self)
        if let iin, let sex, iin.sex.rawValue != sex.rawValue { check.add("sex", QuestionnaireText.sexDisagreesWithIIN) }
        let position = check.text(self.position, "position", limit: 200)
        let education = check.education(self.education, bornOn: birthDate)
        let category = check.choice(qualificationCategory, "qualificationCategory", QualificationCategory.self)
        let validUntil = check.categoryValidity(categoryValidUntil, of: category)
        let workplace = check.object(self.workplace, "workplace") { check, workplace -> Questionnaire.Workplace? in
            let organisation = check.text(workplace.organisation, "organisation", limit: 500)
            let region = check.choice(workplace.region, "region", Region.self)
            guard let organisation, let region else { return nil }
            return .init(organisation: organisation, region: region)
        }
        let age = birthDate.map { $0.years(until: check.today) }
        let (total, teaching) = check.experience(total: totalExperienceYears, teaching: teachingExperienceYears,
                                                 allowedByAge: age.map { max($0 - QuestionnaireRules.workingAge, 0) })
        let language = check.choice(languageOfInstruction, "languageOfInstruction", Language.self)
        let address = check.text(homeAddress, "homeAddress", limit: 500)
        let phone = check.phone(self.phone, "phone")
        let email = check.email(self.email, "email")
        let extra = check.optionalText(additionalInformation, "additionalInformation", limit: 2000, multiline: true)
        guard check.errors.count == errorsBefore, let fullName, let iin, let birthDate, let sex, let position, let education,
              let category, let workplace, let total, let teaching, let language, let address, let phone, let email else { return nil }
        return Questionnaire(
            fullName: fullName, iin: iin.digits, birthDate: birthDate, sex: sex, position: position,
            education: education, qualificationCategory: category, categoryValidUntil: validUntil,
            workplace: workplace, totalExperienceYears: total, teachingExperienceYears: teaching,
            languageOfInstruction: language, homeAddress: address, phone: phone.normalised, email: email,
            additionalInformation: extra)
    }
}

/// The query of an import: whether only to report.
struct ImportQuery: Form {
    var dryRun: String?

    struct Valid { var dryRun: Bool }

    func read(_ check: inout FieldValidator) -> Valid? {
        let dryRun = check.flag(text: dryRun, "dryRun", description: "true: report what would change, store nothing")
        return check.isValid ? Valid(dryRun: dryRun) : nil
    }
}
