import EventContracts
import Foundation
import OpenAPIKit
import ServiceKit

/// The questionnaire's checks, one per kind of field. Each records its problems and returns the
/// value when the field is good, so that the form lists every problem in one response.
extension FieldValidator {
    /// The birth date as given, which must be the one the IIN encodes.
    mutating func birthDate(_ value: String?, agreeingWith iin: IIN?) -> CalendarDate? {
        guard let date = date(value, "birthDate", in: .lifetime, description: "The same as the IIN's") else { return nil }
        if let iin, iin.birthDate != date { add("birthDate", QuestionnaireText.birthDateDisagreesWithIIN); return nil }
        return date
    }

    mutating func education(_ value: QuestionnaireForm.Education?, bornOn birthDate: CalendarDate?) -> Questionnaire.Education? {
        let today = self.today
        return object(value, "education") { check, education -> Questionnaire.Education? in
            let level = check.choice(education.level, "level", Questionnaire.EducationLevel.self)
            let institution = check.text(education.institution, "institution", limit: 300)
            let speciality = check.text(education.speciality, "speciality", limit: 300)
            var year = check.integer(education.graduationYear, "graduationYear", in: 1940...2099)
            // Nobody finishes a college before fifteen; a diploma from the future is a typo.
            if let graduated = year, graduated > today.year || graduated < (birthDate?.year ?? 0) + 15 {
                check.add("graduationYear", QuestionnaireText.graduationYear)
                year = nil
            }
            guard let level, let institution, let speciality, let year else { return nil }
            return .init(level: level, institution: institution, speciality: speciality, graduationYear: year)
        }
    }

    /// A category that expires needs a validity date still ahead; `none` has none.
    mutating func categoryValidity(_ value: String?, of category: QualificationCategory?) -> CalendarDate? {
        let date = optionalDate(value, "categoryValidUntil", in: .lifetime,
                                description: "In the future; only for a category that expires")
        guard let category else { return nil }
        guard category.expires else {
            if value != nil { add("categoryValidUntil", QuestionnaireText.noValidityForNoCategory) }
            return nil
        }
        guard value != nil else { add("categoryValidUntil", .required); return nil }
        guard let date else { return nil }
        guard date > today else { add("categoryValidUntil", QuestionnaireText.categoryExpired); return nil }
        return date
    }

    /// Years of experience: teaching is part of the total, and neither can exceed the years
    /// the person has been old enough to work.
    mutating func experience(total: Int?, teaching: Int?, allowedByAge limit: Int?) -> (Int?, Int?) {
        var total = integer(total, "totalExperienceYears", in: 0...80)
        var teaching = integer(teaching, "teachingExperienceYears", in: 0...80)
        if let limit {
            if let years = total, years > limit { add("totalExperienceYears", QuestionnaireText.moreYearsThanAgeAllows(limit)); total = nil }
            if let years = teaching, years > limit {
                add("teachingExperienceYears", QuestionnaireText.moreYearsThanAgeAllows(limit))
                teaching = nil
            }
        }
        if let t = total, let p = teaching, p > t { add("teachingExperienceYears", QuestionnaireText.teachingAboveTotal); teaching = nil }
        return (total, teaching)
    }
}

extension FieldValidator {
    /// A whole number from a cell; nil (and a problem) when it is something else.
    mutating func number(_ cell: String?, _ field: String) -> Int? {
        guard let cell else { return nil }
        guard let value = Int(cell) else { add(field, .notAWholeNumber); return nil }
        return value
    }
}
