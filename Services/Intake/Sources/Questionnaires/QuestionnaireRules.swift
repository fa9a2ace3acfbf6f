import ServiceKit

/// The questionnaire's rules beyond its fields.
enum QuestionnaireRules {
    /// The youngest age at which a person may work under an employment contract (Labour Code
    /// of Kazakhstan, art. 31): years before it cannot count as experience.
    static let workingAge = 16

    enum Refusal: RuleRefusal {
        /// The questionnaire describes a person, and is kept by the centre or by the organisation
        /// that wrote it: another organisation neither reads nor changes it.
        case keptElsewhere
        /// A candidate's questionnaire is the candidate's.
        case otherPersonsIIN

        /// The personal-data questionnaire of 6.2.4, and who keeps it.
        var clause: String? { "6.2.4" }
    }

    /// A candidate's questionnaire is of the candidate's own IIN.
    static func refusals(filling questionnaire: Questionnaire, for candidate: Candidate) -> [Refusal] {
        questionnaire.iin == candidate.iin ? [] : [.otherPersonsIIN]
    }
}
