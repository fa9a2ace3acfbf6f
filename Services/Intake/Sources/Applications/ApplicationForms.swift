import EventContracts
import Foundation
import ServiceKit

/// An individual application (Appendix 1) with the teacher's questionnaire (Appendix 2).
public struct ApplicationForm: Form {
    public var programmeCode: String?
    /// `employer` or `own`; `budget` when the employer's sending order will be attached.
    public var funding: String?
    /// A registered organisation that sends the teacher, if any (staff name it; an
    /// organisation's token is its own).
    public var organisationId: String?
    /// Where notices to the employer go (regulation 7.5), when no registered organisation is named.
    public var employerEmail: String?
    public var questionnaire: QuestionnaireForm?

    public init(programmeCode: String?, funding: String?, organisationId: String? = nil, employerEmail: String?,
                questionnaire: QuestionnaireForm?) {
        self.programmeCode = programmeCode
        self.funding = funding
        self.organisationId = organisationId
        self.employerEmail = employerEmail
        self.questionnaire = questionnaire
    }

    public struct Valid: Sendable {
        public var programmeCode: String
        public var funding: Funding
        public var organisationId: String?
        public var employerEmail: String?
        public var questionnaire: Questionnaire
    }

    /// Checks every field, the questionnaire's under `questionnaire.`, and lists every problem
    /// at once. Whether an employer's email is needed is the operation's to say: it is not when
    /// a registered organisation sends the teacher.
    public func read(_ check: inout FieldValidator) -> Valid? {
        let code = check.programmeCode(programmeCode, "programmeCode", description: "An approved programme's (GET /v1/programmes)")
        let funding = check.choice(funding, "funding", Funding.self)
        let organisationId = check.optionalIdentifier(organisationId, "organisationId",
                                                      description: "Staff only: the registered organisation that sends the teacher")
        let email = check.optionalEmail(employerEmail, "employerEmail")
        let questionnaire = check.object(questionnaire, "questionnaire") { check, form in form.read(&check) }
        guard let code, let funding, let questionnaire, check.isValid else { return nil }
        return Valid(programmeCode: code, funding: funding, organisationId: organisationId, employerEmail: email,
                     questionnaire: questionnaire)
    }
}
