import EventContracts
import Foundation
@testable import IntakeService
import ServiceKit
import Testing

@Suite("Individual application form")
struct ApplicationFormTests {
    static func form(programmeCode: String? = " PD-2026-014", funding: String? = "own", employerEmail: String? = "School17@Edu.Uralsk.KZ ",
                     questionnaire: QuestionnaireForm? = QuestionnaireTests.good) -> ApplicationForm {
        ApplicationForm(programmeCode: programmeCode, funding: funding, employerEmail: employerEmail, questionnaire: questionnaire)
    }

    @Test("a complete form is accepted, trimmed, with the employer's email in lower case")
    func completeFormIsAccepted() throws {
        let valid = try Self.form().validated(organisationNamed: false, today: QuestionnaireTests.today)
        #expect(valid.programmeCode == "PD-2026-014")
        #expect(valid.funding == .own)
        #expect(valid.employerEmail == "school17@edu.uralsk.kz")
        #expect(valid.questionnaire.iin == "850314410007")
        #expect(valid.questionnaire.phone == "+77011234567")
    }

    @Test("an empty form lists every required field in one problem")
    func emptyFormListsEveryField() throws {
        let form = Self.form(programmeCode: nil, funding: nil, employerEmail: nil, questionnaire: nil)
        let problem = try #require(throws: Problem.self) { try form.validated(organisationNamed: false) }
        #expect(problem.status == .unprocessableContent)
        #expect(problem.fieldErrors.map(\.field) == ["programmeCode", "funding", "employerEmail", "questionnaire"])
        #expect(problem.fieldErrors.allSatisfy { $0.message == .required })
    }

    @Test("the questionnaire's problems are named under questionnaire., beside the form's own")
    func questionnaireProblemsAreNested() throws {
        var questionnaire = QuestionnaireTests.good
        questionnaire.iin = "850314410008"
        questionnaire.phone = "12345"
        let form = Self.form(programmeCode: "PD 2026/014", employerEmail: "school17.edu.kz", questionnaire: questionnaire)
        let problem = try #require(throws: Problem.self) { try form.validated(organisationNamed: false, today: QuestionnaireTests.today) }
        let reasons = Dictionary(problem.fieldErrors.map { ($0.field, $0.message.en) }, uniquingKeysWith: { $0 + "; " + $1 })
        #expect(reasons["programmeCode"] == "A programme code has only letters, digits and dashes")
        #expect(reasons["employerEmail"] == "Not a valid email address")
        #expect(reasons["questionnaire.iin"] == "The IIN's check digit is wrong")
        #expect(reasons["questionnaire.phone"] != nil)
        #expect(problem.fieldErrors.allSatisfy { !$0.field.hasPrefix("questionnaire.questionnaire") })
    }

    @Test("a sending organisation's official address stands in for the employer's email")
    func organisationNeedsNoEmployerEmail() throws {
        let valid = try Self.form(employerEmail: nil).validated(organisationNamed: true, today: QuestionnaireTests.today)
        #expect(valid.employerEmail == nil)
    }

    @Test("programme codes are ASCII letters, digits and dashes, up to 32", arguments: [
        ("PD-2026-014", true), ("abc123", true), (String(repeating: "A", count: 32), true),
        (String(repeating: "A", count: 33), false), ("PD_2026", false), ("ПК-1", false), ("PD 1", false),
    ])
    func programmeCodes(code: String, valid: Bool) {
        #expect(ProgrammeCode.isValid(code) == valid)
    }
}
