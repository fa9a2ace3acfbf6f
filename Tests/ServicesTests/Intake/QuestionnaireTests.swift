import EventContracts
import Foundation
import IntakeService
import ServiceKit
import Storage
import Testing

/// Every rule of the questionnaire (Appendix 2), each broken on its own, and all reported at once.
@Suite struct QuestionnaireTests {
    /// The fields a form's validation rejected, in the order reported.
    func rejectedFields(_ form: QuestionnaireForm) -> [String] {
        do {
            _ = try form.validated(today: IntakeFixtures.today)
            return []
        } catch let problem as Problem {
            return problem.fieldErrors.map(\.field)
        } catch {
            return ["unexpected \(error)"]
        }
    }

    @Test func aGoodQuestionnaireIsStoredNormalised() throws {
        let questionnaire = try IntakeFixtures.good.validated(today: IntakeFixtures.today)
        #expect(questionnaire.phone == "+77011234567")
        #expect(questionnaire.email == "aigul@mail.kz")
        #expect(questionnaire.sex == .female)
        #expect(questionnaire.workplace.region == .astana)
        #expect(questionnaire.categoryValidUntil == "2029-05-31")
    }

    @Test func anEmptyFormListsEveryRequiredField() {
        let empty = QuestionnaireForm()
        #expect(Set(rejectedFields(empty)) == [
            "fullName", "iin", "birthDate", "sex", "position", "education", "qualificationCategory", "workplace",
            "totalExperienceYears", "teachingExperienceYears", "languageOfInstruction", "homeAddress", "phone", "email",
        ])
    }

    @Test func theBirthDateMustBeTheIINs() {
        var form = IntakeFixtures.good
        form.birthDate = "1985-03-15"
        #expect(rejectedFields(form) == ["birthDate"])
    }

    @Test func theSexMustBeTheIINs() {
        var form = IntakeFixtures.good
        form.sex = "male"
        #expect(rejectedFields(form) == ["sex"])
    }

    @Test func teachingExperienceCannotExceedTheTotal() {
        var form = IntakeFixtures.good
        form.teachingExperienceYears = 20
        #expect(rejectedFields(form) == ["teachingExperienceYears"])
    }

    @Test func experienceCannotExceedWhatTheAgeAllows() {
        // Aged 41 on the day; work counts from 16, so 25 years at most.
        var form = IntakeFixtures.good
        form.totalExperienceYears = 26
        form.teachingExperienceYears = 25
        #expect(rejectedFields(form) == ["totalExperienceYears"])
        form.totalExperienceYears = 25
        #expect(rejectedFields(form) == [])
    }

    @Test func anExpiringCategoryNeedsAValidityDateStillAhead() {
        var form = IntakeFixtures.good
        form.categoryValidUntil = nil
        #expect(rejectedFields(form) == ["categoryValidUntil"])
        form.categoryValidUntil = "2026-11-29"
        #expect(rejectedFields(form) == ["categoryValidUntil"])
        form.categoryValidUntil = "31.05.2029"
        #expect(rejectedFields(form) == ["categoryValidUntil"])
    }

    @Test func noCategoryHasNoValidityDate() throws {
        var form = IntakeFixtures.good
        form.qualificationCategory = "none"
        #expect(rejectedFields(form) == ["categoryValidUntil"])
        form.categoryValidUntil = nil
        #expect(try form.validated(today: IntakeFixtures.today).categoryValidUntil == nil)
    }

    @Test func choicesAreFromTheirLists() throws {
        var form = IntakeFixtures.good
        form.languageOfInstruction = "de"
        form.qualificationCategory = "highest"
        form.workplace?.region = "Astana"
        form.education?.level = "school"
        #expect(Set(rejectedFields(form)) == ["languageOfInstruction", "qualificationCategory", "workplace.region", "education.level"])
    }

    @Test func anImpossibleGraduationYearIsRefused() {
        var form = IntakeFixtures.good
        form.education?.graduationYear = 1995 // aged ten
        #expect(rejectedFields(form) == ["education.graduationYear"])
        form.education?.graduationYear = 2027
        #expect(rejectedFields(form) == ["education.graduationYear"])
    }

    @Test func phoneEmailAndIINAreChecked() {
        var form = IntakeFixtures.good
        form.phone = "+7 916 123 45 67"
        form.email = "aigul at mail.kz"
        form.iin = "850314410008"
        // The IIN is wrong, so the birth date cannot be held against it.
        #expect(Set(rejectedFields(form)) == ["phone", "email", "iin"])
    }

    @Test func theMessagesAreInTheRequestersLanguageWithRussianPlurals() throws {
        var form = IntakeFixtures.good
        form.totalExperienceYears = 30
        form.teachingExperienceYears = 10
        let problem = try #require(throws: Problem.self) { try form.validated(today: IntakeFixtures.today) }
        let message = try #require(problem.fieldErrors.first?.message)
        #expect(message.ru.hasSuffix("25 лет"))
        #expect(message.kk.contains("25 жыл"))
    }
}
