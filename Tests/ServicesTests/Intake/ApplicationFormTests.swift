@testable import IntakeService
import ServiceKit
import Testing

@Suite("Application form")
struct ApplicationFormTests {
    static let validIIN = "850314410007"

    @Test("a complete form is accepted, trimmed, with the email in lower case")
    func completeFormIsAccepted() throws {
        let form = ApplicationForm(fullName: "  Сәрсенова Айгүл Маратқызы ", iin: Self.validIIN,
                                   programmeCode: " PD-2026-014", employerEmail: "School17@Edu.Uralsk.KZ ")
        let valid = try form.validated()
        #expect(valid.fullName == "Сәрсенова Айгүл Маратқызы")
        #expect(valid.iin.digits == Self.validIIN)
        #expect(valid.programmeCode == "PD-2026-014")
        #expect(valid.employerEmail == "school17@edu.uralsk.kz")
    }

    @Test("an empty form lists every required field in one problem")
    func emptyFormListsEveryField() throws {
        let form = ApplicationForm(fullName: nil, iin: nil, programmeCode: nil, employerEmail: nil)
        let problem = try #require(throws: Problem.self) { try form.validated() }
        #expect(problem.status == .unprocessableContent)
        #expect(problem.fieldErrors.map(\.field) == ["fullName", "iin", "programmeCode", "employerEmail"])
        #expect(problem.fieldErrors.allSatisfy { $0.message == .required })
    }

    @Test("blank text counts as missing")
    func blankCountsAsMissing() throws {
        let form = ApplicationForm(fullName: " \n\t", iin: "", programmeCode: "   ", employerEmail: "  ")
        let problem = try #require(throws: Problem.self) { try form.validated() }
        #expect(problem.fieldErrors.map(\.field) == ["fullName", "iin", "programmeCode", "employerEmail"])
        #expect(problem.fieldErrors.allSatisfy { $0.message == .required })
    }

    @Test("every malformed field is listed with its own reason")
    func everyMalformedFieldIsListed() throws {
        let form = ApplicationForm(fullName: String(repeating: "А", count: 201), iin: "850314410008",
                                   programmeCode: "PD 2026/014", employerEmail: "school17.edu.kz")
        let problem = try #require(throws: Problem.self) { try form.validated() }
        let reasons = Dictionary(problem.fieldErrors.map { ($0.field, $0.message.en) }, uniquingKeysWith: { $0 + "; " + $1 })
        #expect(reasons == [
            "fullName": "Too long",
            "iin": "The IIN's check digit is wrong",
            "programmeCode": "A programme code has only letters, digits and dashes",
            "employerEmail": "Not a valid email address",
        ])
    }

    @Test("each kind of IIN problem gets its own message", arguments: [
        ("85031441000", IIN.Problem.notTwelveDigits),
        ("851314410007", .impossibleBirthDate),
        ("850314010007", .unknownCenturyDigit),
    ])
    func iinProblemsAreExplained(iin: String, problem expected: IIN.Problem) throws {
        let form = ApplicationForm(fullName: "Әсел", iin: iin, programmeCode: "PD-1", employerEmail: "a@b.kz")
        let problem = try #require(throws: Problem.self) { try form.validated() }
        #expect(problem.fieldErrors.map(\.field) == ["iin"])
        #expect(problem.fieldErrors.first?.message == IntakeText.message(for: expected))
    }

    @Test("a name of 200 characters is accepted; 201 is too long")
    func nameLengthLimit() throws {
        let longest = String(repeating: "Ә", count: 200)
        let ok = ApplicationForm(fullName: longest, iin: Self.validIIN, programmeCode: "PD-1", employerEmail: "a@b.kz")
        #expect(try ok.validated().fullName == longest)
        let tooLong = ApplicationForm(fullName: longest + "Ә", iin: Self.validIIN, programmeCode: "PD-1", employerEmail: "a@b.kz")
        let problem = try #require(throws: Problem.self) { try tooLong.validated() }
        #expect(problem.fieldErrors.map(\.field) == ["fullName"])
    }

    @Test("programme codes are ASCII letters, digits and dashes, up to 32", arguments: [
        ("PD-2026-014", true), ("abc123", true), (String(repeating: "A", count: 32), true),
        (String(repeating: "A", count: 33), false), ("PD_2026", false), ("ПК-1", false), ("PD 1", false),
    ])
    func programmeCodes(code: String, valid: Bool) {
        #expect(ProgrammeCode.isValid(code) == valid)
    }
}
