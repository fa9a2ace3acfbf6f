import ServiceKit

extension FollowUpService {
    public static let api: any ServiceAPI = LegacyAPIDocument(
        service: name,
        summary: "The year of follow-up after a certificate.",
        operations: [
            LegacyAPIOperation(.get, "/v1/plans", "Follow-up plans, optionally one listener's", roles: PlanRoutes.staff,
                         query: [("listenerId", "Only this listener's plans")], response: .array(.reference("FollowUpPlan"))),
        ],
        schemas: [
            "FollowUpPlan": .object([
                ("id", .identifier), ("listenerId", .identifier), ("certificateId", .identifier), ("programmeCode", .text),
                ("startsOn", .date), ("endsOn", .date), ("status", .oneOf(FollowUpPlan.Status.self)),
            ], required: ["id", "listenerId", "certificateId", "programmeCode", "startsOn", "endsOn", "status"]),
        ])
}
