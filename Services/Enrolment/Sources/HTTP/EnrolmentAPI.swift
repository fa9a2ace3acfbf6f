import ServiceKit

extension EnrolmentService {
    public static let api = APIDocument(
        service: name,
        summary: "Turns accepted candidates into listeners and runs the course's groups.",
        operations: [
            APIOperation(.get, "/v1/listeners", "Listeners, optionally those admitted from one application", roles: EnrolmentRoutes.staff,
                         query: [("applicationId", "Only the listener admitted from this application")],
                         response: .array(.reference("Listener"))),
            APIOperation(.get, "/v1/listeners/:id", "One listener", roles: EnrolmentRoutes.staff, response: .reference("Listener")),
            APIOperation(.get, "/v1/groups/:id", "One study group", roles: EnrolmentRoutes.staff, response: .reference("StudyGroup")),
        ],
        schemas: [
            "Listener": .object([
                ("id", .identifier), ("applicationId", .identifier), ("fullName", .text), ("programmeCode", .text),
                ("employerEmail", .email), ("groupId", .identifier), ("admittedAt", .dateTime),
            ], required: ["id", "applicationId", "fullName", "programmeCode", "employerEmail", "groupId", "admittedAt"]),
            "StudyGroup": .object([
                ("id", .identifier), ("code", .text), ("programmeCode", .text), ("createdAt", .dateTime),
            ], required: ["id", "code", "programmeCode", "createdAt"]),
        ])
}
