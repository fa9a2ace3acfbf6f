import EventContracts
import ServiceKit
import Testing

@Suite("Field validation")
struct FieldValidatorTests {
    @Test("a validator with nothing wrong lets the request through")
    func nothingWrongDoesNotThrow() throws {
        var validator = FieldValidator(today: CalendarDate("2026-09-01")!)
        validator.require(true, "fullName", .required)
        #expect(validator.errors.isEmpty)
        try validator.validate()
    }

    @Test("every failed field is listed in one 422 problem, in the order found")
    func everyErrorInOneProblem() throws {
        var validator = FieldValidator(today: CalendarDate("2026-09-01")!)
        validator.require(false, "fullName", .required)
        validator.require(true, "iin", .required)
        validator.add("employerEmail", .invalidEmail)
        validator.require(false, "fullName", .invalidDate)

        let problem = try #require(throws: Problem.self) { try validator.validate() }

        #expect(problem.status == .unprocessableContent)
        #expect(problem.type == Problem.typeBase + "validation")
        #expect(problem.fieldErrors.map(\.field) == ["fullName", "employerEmail", "fullName"])
        #expect(problem.fieldErrors.map(\.message) == [.required, .invalidEmail, .invalidDate])
    }

    @Test("addresses of the usual shape are valid emails", arguments: [
        "a@b.kz", "school17@edu.uralsk.kz", "first.last+tag@mail.example.com", "ОРГ@мектеп.қаз", "a@ab-cd.kz", String(repeating: "a", count: 64) + "@edu.kz",
    ])
    func validEmails(address: String) throws {
        #expect(EmailAddress.isValid(address))
        #expect(address.wholeMatch(of: try Regex(EmailAddress.pattern)) != nil)
    }

    @Test("malformed addresses are not valid emails", arguments: [
        "", "plain", "@edu.kz", "a@", "a@kz", "a@@edu.kz", "a@b@edu.kz", "a b@edu.kz", "a@edu .kz",
        "a@.edu.kz", "a@edu.kz.", "a@edu.kz\n", "R@\u{16}bf.yz", "a\u{7F}@edu.kz", "a@edu.kz>\r\nBcc: x@y.kz",
        "a..b@edu.kz", ".a@edu.kz", "a@-edu.kz", "a@edu-.kz", "a@edu..kz", "a;b@edu.kz", "\"a\"@edu.kz",
        String(repeating: "a", count: 250) + "@e.kz", String(repeating: "a", count: 65) + "@edu.kz",
        "a@w.z.r", "a@edu.k2",
    ])
    func invalidEmails(address: String) throws {
        #expect(!EmailAddress.isValid(address))
        // The document's pattern refuses it too.
        let tooLong = address.utf8.count > 254 || address.split(separator: "@").first.map { $0.count > 64 } == true
        #expect(address.wholeMatch(of: try Regex(EmailAddress.pattern)) == nil || tooLong)
    }

    @Test("a domain in its ASCII form (xn--), which only IDNA could tell from nonsense, is refused: it is taken as people write it",
          arguments: ["a@b.xn--80ao21a", "a@xn--itk0k0m02gq.kz", "a@ab--cd.kz"])
    func asciiFormsOfDomains(address: String) {
        #expect(!EmailAddress.isValid(address))
        #expect(EmailAddress.isValid("a@b.қаз"))
    }
}
