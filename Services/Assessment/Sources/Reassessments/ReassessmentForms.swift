import EventContracts
import ServiceKit

/// A reassessment as the office or the leader opens it.
struct ReassessmentForm: Form {
    var kind: String?
    var groupId: String?

    struct Valid: Sendable, Equatable {
        var kind: ReassessmentRules.Kind
        var groupId: String?
    }

    func read(_ check: inout FieldValidator) -> Valid? {
        let kind = check.choice(kind, "kind", ReassessmentRules.Kind.self,
                                description: "within-a-year (7.4.1, once within a year of the failed attempt) or next-stream (7.4.2)")
        let groupId = check.optionalIdentifier(groupId, "groupId", description: "For next-stream: a group of the next stream of the same programme")
        guard let kind, check.isValid else { return nil }
        return Valid(kind: kind, groupId: groupId)
    }
}
