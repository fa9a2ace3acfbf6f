import Foundation
import ServiceKit

/// An individual application (Appendix 1) with the teacher's questionnaire (Appendix 2).
public struct ApplicationForm: Codable, Sendable {
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
        public var funding: OrganisationRequest.Funding
        public var employerEmail: String?
        public var questionnaire: Questionnaire
    }

    /// Checks every field, the questionnaire's under `questionnaire.`, and lists every problem
    /// at once. `organisationNamed` says whether a sending organisation is known, in which
    /// case its official address is the employer's and none need be given.
    public func validated(organisationNamed: Bool, today: Date = Date()) throws -> Valid {
        var check = FieldValidator()
        let code = check.programmeCode(programmeCode, "programmeCode")
        let funding = check.choice(funding, "funding", OrganisationRequest.Funding.self)
        let email = employerEmail?.trimmingCharacters(in: .whitespaces).nonEmpty
        if let email { _ = check.email(email, "employerEmail") }
        else if !organisationNamed { check.add("employerEmail", .required) }
        var questionnaire: Questionnaire?
        if let form = self.questionnaire {
            questionnaire = check.nested("questionnaire") { check in form.checked(by: &check, today: today) }
        } else {
            check.add("questionnaire", .required)
        }
        try check.validate()
        return Valid(programmeCode: code!, funding: funding!, employerEmail: email?.lowercased(), questionnaire: questionnaire!)
    }
}
