import EventContracts
import Foundation
import ServiceKit
import Storage

/// The questionnaire's rules, one per kind of field. Each records its problems and returns the
/// value when the field is good, so that the form lists every problem in one response.
extension FieldValidator {
    mutating func iin(_ value: String?, _ field: String) -> IIN? {
        guard let value, !value.isEmpty else { add(field, .required); return nil }
        do { return try IIN(value) } catch { add(field, IntakeText.message(for: error)); return nil }
    }

    /// The birth date as given, which must be the one the IIN encodes.
    mutating func birthDate(_ value: String?, agreeingWith iin: IIN?) -> String? {
        guard let value, !value.isEmpty else { add("birthDate", .required); return nil }
        guard CalendarDate(value) != nil else { add("birthDate", .invalidDate); return nil }
        if let iin, iin.birthDate != value { add("birthDate", QuestionnaireText.birthDateDisagreesWithIIN); return nil }
        return value
    }

    mutating func education(_ value: QuestionnaireForm.Education?, bornOn birthDate: String?, today: Date) -> Questionnaire.Education? {
        let level = choice(value?.level, "education.level", Questionnaire.EducationLevel.self)
        let institution = text(value?.institution, "education.institution", limit: 300)
        let speciality = text(value?.speciality, "education.speciality", limit: 300)
        var year = value?.graduationYear
        if let graduated = year {
            let thisYear = CalendarDate(today, in: TimeZone(identifier: "UTC")!).year
            let born = birthDate.flatMap { Int($0.prefix(4)) } ?? 0
            // Nobody finishes a college before fifteen; a diploma from the future is a typo.
            if graduated > thisYear || graduated < born + 15 { add("education.graduationYear", QuestionnaireText.graduationYear); year = nil }
        } else {
            add("education.graduationYear", .required)
        }
        guard let level, let institution, let speciality, let year else { return nil }
        return .init(level: level, institution: institution, speciality: speciality, graduationYear: year)
    }

    /// A category that expires needs a validity date still ahead; `none` has none.
    mutating func categoryValidity(_ value: String?, of category: QualificationCategory?, today: Date) -> String? {
        guard let category else { return nil }
        guard category.expires else {
            if value != nil { add("categoryValidUntil", QuestionnaireText.noValidityForNoCategory) }
            return nil
        }
        guard let value, !value.isEmpty else { add("categoryValidUntil", .required); return nil }
        guard let date = CalendarDate(value)?.startInUTC else { add("categoryValidUntil", .invalidDate); return nil }
        guard date > today else { add("categoryValidUntil", QuestionnaireText.categoryExpired); return nil }
        return value
    }

    mutating func workplace(_ value: QuestionnaireForm.Workplace?) -> Questionnaire.Workplace? {
        let organisation = text(value?.organisation, "workplace.organisation", limit: 500)
        let region = choice(value?.region, "workplace.region", Region.self)
        guard let organisation, let region else { return nil }
        return .init(organisation: organisation, region: region)
    }

    /// Years of experience: teaching is part of the total, and neither can exceed the years
    /// the person has been old enough to work.
    mutating func experience(total: Int?, teaching: Int?, allowedByAge limit: Int?) -> (Int?, Int?) {
        var total = total, teaching = teaching
        for (field, years) in [("totalExperienceYears", total), ("teachingExperienceYears", teaching)] {
            guard let years else { add(field, .required); continue }
            if years < 0 { add(field, QuestionnaireText.negativeYears) }
            else if let limit, years > limit { add(field, QuestionnaireText.moreYearsThanAgeAllows(limit)) }
            else { continue }
            if field == "totalExperienceYears" { total = nil } else { teaching = nil }
        }
        if let t = total, let p = teaching, p > t { add("teachingExperienceYears", QuestionnaireText.teachingAboveTotal); teaching = nil }
        return (total, teaching)
    }

    mutating func phone(_ value: String?, _ field: String) -> PhoneNumber? {
        guard let value, !value.isEmpty else { add(field, .required); return nil }
        guard let phone = PhoneNumber(value) else { add(field, QuestionnaireText.badPhone); return nil }
        return phone
    }
}
