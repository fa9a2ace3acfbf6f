import EventContracts
import Foundation
import Hummingbird
import HummingbirdTesting
@testable import IntakeService
import ServiceKit
import Testing

@Suite("Individual application form")
struct ApplicationFormTests {
    @Test("a complete form is accepted, trimmed, with the employer's email in lower case")
    func completeFormIsAccepted() throws {
        let valid = try IntakeFixtures.application().validated(today: IntakeFixtures.today)
        #expect(valid.programmeCode == "PD-2026-014")
        #expect(valid.funding == .own)
        #expect(valid.employerEmail == "school17@edu.uralsk.kz")
        #expect(valid.questionnaire.iin == "850314410007")
        #expect(valid.questionnaire.phone == "+77011234567")
    }

    @Test("an empty form lists every required field in one problem")
    func emptyFormListsEveryField() throws {
        let form = IntakeFixtures.application(programmeCode: nil, funding: nil, employerEmail: nil, questionnaire: nil)
        let problem = try #require(throws: Problem.self) { try form.validated(today: IntakeFixtures.today) }
        #expect(problem.status == .unprocessableContent)
        #expect(problem.fieldErrors.map(\.field) == ["programmeCode", "funding", "questionnaire"])
        #expect(problem.fieldErrors.allSatisfy { $0.message == .required })
    }

    @Test("the questionnaire's problems are named under questionnaire., beside the form's own")
    func questionnaireProblemsAreNested() throws {
        var questionnaire = IntakeFixtures.good
        questionnaire.iin = "850314410008"
        questionnaire.phone = "12345"
        let form = IntakeFixtures.application(programmeCode: "PD 2026/014", employerEmail: "school17.edu.kz", questionnaire: questionnaire)
        let problem = try #require(throws: Problem.self) { try form.validated(today: IntakeFixtures.today) }
        let reasons = Dictionary(problem.fieldErrors.map { ($0.field, $0.message.en) }, uniquingKeysWith: { $0 + "; " + $1 })
        #expect(reasons["programmeCode"] == "A programme code has only letters, digits and dashes")
        #expect(reasons["employerEmail"] == "Not a valid email address")
        #expect(reasons["questionnaire.iin"] == "The IIN's check digit is wrong")
        #expect(reasons["questionnaire.phone"] != nil)
        #expect(problem.fieldErrors.allSatisfy { !$0.field.hasPrefix("questionnaire.questionnaire") })
    }

    @Test("a sending organisation's official address stands in for the employer's email; without one, the email is needed")
    func organisationNeedsNoEmployerEmail() async throws {
        let (harness, _, school) = try await IntakeFixtures.school()
        let body = ByteBuffer(data: try JSONEncoder().encode(IntakeFixtures.application(employerEmail: nil)))
        try await harness.application().test(.router) { client in
            let alone = try await client.execute(uri: "/v1/applications", method: .post,
                                                 headers: .bearer(try await harness.token(.operator), language: "en"), body: body)
            #expect(alone.status == .unprocessableContent)
            #expect(try alone.problem().errors?.map(\.field) == ["employerEmail"])
            let sent = try await client.execute(uri: "/v1/applications", method: .post, headers: .bearer(school), body: body)
            #expect(sent.status == .created)
            #expect(try sent.json(CandidateView.self).candidate.employerEmail == nil)
        }
    }

    @Test("programme codes are ASCII letters, digits and dashes, up to 32", arguments: [
        ("PD-2026-014", true), ("abc123", true), (String(repeating: "A", count: 32), true),
        (String(repeating: "A", count: 33), false), ("PD_2026", false), ("ПК-1", false), ("PD 1", false),
    ])
    func programmeCodes(code: String, valid: Bool) {
        #expect(ProgrammeCode.isValid(code) == valid)
    }
}
