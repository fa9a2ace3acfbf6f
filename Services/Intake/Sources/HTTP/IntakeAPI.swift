import ServiceKit

extension IntakeService {
    public static let api = APIDocument(
        service: name,
        summary: "Where teachers and organisations reach the PD centre: individual applications.",
        operations: [
            APIOperation(.post, "/v1/applications", "Submit an individual application (Appendix 1)", roles: ApplicationRoutes.staff,
                         request: .reference("ApplicationForm"), status: 201, response: .reference("Application")),
            APIOperation(.get, "/v1/applications/:id", "An application and its candidate's status", roles: ApplicationRoutes.staff,
                         response: .reference("Application")),
        ],
        schemas: [
            "ApplicationForm": .object([
                ("fullName", .text), ("iin", .string(pattern: "^[0-9]{12}$", description: "12 digits with a valid check digit")),
                ("programmeCode", .text), ("employerEmail", .email),
            ], required: ["fullName", "iin", "programmeCode", "employerEmail"]),
            "Application": .object([
                ("id", .identifier), ("fullName", .text), ("iin", .text), ("programmeCode", .text), ("employerEmail", .email),
                ("status", .oneOf(Application.Status.self)), ("listenerId", .text), ("submittedBy", .text),
                ("organisationId", .string(description: "The submitting organisation, if one did")), ("createdAt", .dateTime), ("updatedAt", .dateTime),
            ], required: ["id", "fullName", "iin", "programmeCode", "employerEmail", "status", "submittedBy", "createdAt", "updatedAt"]),
        ])
}
