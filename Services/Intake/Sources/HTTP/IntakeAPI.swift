import ServiceKit

extension IntakeService {
    public static let api = APIDocument(
        service: name,
        summary: "Where teachers and organisations reach the PD centre: organisations and individual applications.",
        operations: [
            APIOperation(.post, "/v1/organisations", "Register an organisation (409 if its BIN is registered)",
                         roles: OrganisationRoutes.keepers, request: .reference("OrganisationForm"), status: 201,
                         response: .reference("Organisation")),
            APIOperation(.get, "/v1/organisations", "The register of organisations", roles: OrganisationRoutes.keepers,
                         response: .array(.reference("Organisation"))),
            APIOperation(.get, "/v1/organisations/:id", "One organisation; an organisation's token reads only its own",
                         roles: OrganisationRoutes.readers, response: .reference("Organisation")),
            APIOperation(.put, "/v1/organisations/:id", "Correct an organisation's entry", roles: OrganisationRoutes.keepers,
                         request: .reference("OrganisationForm"), response: .reference("Organisation")),
            APIOperation(.post, "/v1/requests", "Send a list of teachers for a programme or topic (4.1); each becomes a candidate",
                         roles: RequestRoutes.readers, request: .reference("OrganisationRequestForm"), status: 201,
                         response: .reference("RequestView")),
            APIOperation(.get, "/v1/requests", "Requests, newest first; an organisation sees its own", roles: RequestRoutes.readers,
                         query: [("organisationId", "Staff only: one organisation's requests")],
                         response: .array(.reference("OrganisationRequest"))),
            APIOperation(.get, "/v1/requests/:id", "A request and the status of each of its teachers", roles: RequestRoutes.readers,
                         response: .reference("RequestView")),
            APIOperation(.post, "/v1/requests/:id/withdraw", "Withdraw a request; its candidates still on the way leave (409 if already withdrawn)",
                         roles: RequestRoutes.readers, response: .reference("RequestView")),
            APIOperation(.get, "/v1/candidates/:id/documents", "A candidate's file: each paper's state, and whether it is complete (6.2)",
                         roles: DocumentRoutes.handlers, response: .reference("DocumentChecklist")),
            APIOperation(.put, "/v1/candidates/:id/documents/:kind", "Upload a paper (the body is the file; its type is read from its content)",
                         roles: DocumentRoutes.handlers, response: .reference("Document"), upload: FileType.allCases.map(\.rawValue)),
            APIOperation(.get, "/v1/candidates/:id/documents/:kind", "Download a paper", roles: DocumentRoutes.handlers,
                         response: nil, download: FileType.allCases.map(\.rawValue)),
            APIOperation(.post, "/v1/candidates/:id/documents/:kind/review", "Verify a paper, or reject it with the reason",
                         roles: DocumentRoutes.reviewers, request: .object([
                             ("decision", .oneOf(["verified", "rejected"])), ("reason", .string(description: "Required when rejected")),
                         ], required: ["decision"]), response: .reference("Document")),
            APIOperation(.post, "/v1/applications", "Submit an individual application (Appendix 1)", roles: ApplicationRoutes.staff,
                         request: .reference("ApplicationForm"), status: 201, response: .reference("Application")),
            APIOperation(.get, "/v1/applications/:id", "An application and its candidate's status", roles: ApplicationRoutes.staff,
                         response: .reference("Application")),
        ],
        schemas: [
            "Document": .object([
                ("id", .identifier), ("candidateId", .identifier), ("kind", .oneOf(DocumentKind.self)),
                ("fileType", .oneOf(FileType.self)), ("byteCount", .integer(minimum: 1)), ("sha256", .text),
                ("status", .oneOf(Document.Status.self)), ("reason", .text), ("uploadedBy", .text), ("uploadedAt", .dateTime),
                ("reviewedBy", .text), ("reviewedAt", .dateTime),
            ], required: ["id", "candidateId", "kind", "fileType", "byteCount", "sha256", "status", "uploadedBy", "uploadedAt"]),
            "DocumentChecklist": .object([
                ("candidateId", .identifier), ("complete", .boolean),
                ("items", .array(.object([("kind", .oneOf(DocumentKind.self)), ("required", .boolean),
                                          ("document", .reference("Document"))], required: ["kind", "required"]))),
            ], required: ["candidateId", "items", "complete"]),
            "OrganisationRequestForm": .object([
                ("organisationId", .string(description: "Staff only: the organisation they act for")),
                ("programmeCode", .text), ("topic", .string(description: "When no programme is named")),
                ("language", .oneOf(Language.self)), ("funding", .oneOf(OrganisationRequest.Funding.self)),
                ("preferredFrom", .date), ("preferredTo", .date),
                ("teachers", .array(.object([("fullName", .text), ("iin", .text), ("position", .text), ("email", .email)],
                                            required: ["fullName", "iin"]))),
            ], required: ["language", "funding", "teachers"]),
            "OrganisationRequest": .object([
                ("id", .identifier), ("organisationId", .identifier), ("programmeCode", .text), ("topic", .text),
                ("language", .oneOf(Language.self)), ("funding", .oneOf(OrganisationRequest.Funding.self)),
                ("preferredFrom", .date), ("preferredTo", .date), ("status", .oneOf(OrganisationRequest.Status.self)),
                ("submittedBy", .text), ("createdAt", .dateTime), ("updatedAt", .dateTime),
            ], required: ["id", "organisationId", "language", "funding", "status", "submittedBy", "createdAt", "updatedAt"]),
            "Candidate": .object([
                ("id", .identifier), ("requestId", .identifier), ("organisationId", .identifier), ("fullName", .text),
                ("iin", .text), ("position", .text), ("email", .email), ("status", .oneOf(Candidate.Status.self)),
                ("createdAt", .dateTime), ("updatedAt", .dateTime),
            ], required: ["id", "requestId", "organisationId", "fullName", "iin", "status", "createdAt", "updatedAt"]),
            "RequestView": .object([("request", .reference("OrganisationRequest")), ("candidates", .array(.reference("Candidate")))],
                                   required: ["request", "candidates"]),
            "OrganisationForm": .object(organisationFields, required: organisationFields.map(\.0)),
            "Organisation": .object([("id", .identifier)] + organisationFields + [("createdAt", .dateTime), ("updatedAt", .dateTime)],
                                    required: ["id"] + organisationFields.map(\.0) + ["createdAt", "updatedAt"]),
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

    static let organisationFields: [(String, Schema)] = [
        ("kind", .oneOf(Organisation.Kind.self)), ("nameKk", .text), ("nameRu", .text), ("region", .oneOf(Region.self)),
        ("bin", .string(pattern: "^[0-9]{12}$", description: "12 digits with a valid check digit")),
        ("postalAddress", .text), ("email", .email),
    ]
}
