import ServiceKit

extension AssessmentService {
    public static let api: any ServiceAPI = LegacyAPIDocument(
        service: name,
        summary: "Assessment of listeners and their final results.",
        operations: [
            LegacyAPIOperation(.get, "/v1/listeners/:id", "A listener and the final result, once recorded", roles: AssessmentRoutes.staff,
                         response: .reference("AssessedListener")),
            LegacyAPIOperation(.post, "/v1/listeners/:id/final-assessment", "Record the final assessment (409 if already recorded)",
                         roles: AssessmentRoutes.staff, request: .reference("FinalAssessmentForm"),
                         response: .reference("AssessedListener")),
        ],
        schemas: [
            "FinalAssessmentForm": .object([
                ("result", .oneOf(FinalResult.self)), ("score", .integer(minimum: 0, maximum: 100)),
                ("assessedOn", .string(format: "date", description: "Today (UTC) if absent")),
            ], required: ["result", "score"]),
            "AssessedListener": .object([
                ("id", .identifier), ("fullName", .text), ("programmeCode", .text), ("groupId", .identifier),
                ("admittedAt", .dateTime), ("finalResult", .oneOf(FinalResult.self)), ("finalScore", .integer(minimum: 0, maximum: 100)),
                ("assessedOn", .date), ("assessedBy", .text),
            ], required: ["id", "fullName", "programmeCode", "groupId", "admittedAt"]),
        ])
}
