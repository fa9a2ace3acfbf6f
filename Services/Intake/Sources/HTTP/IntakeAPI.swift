import EventContracts
import ServiceKit

extension IntakeService {
    public static let api: any ServiceAPI = LegacyAPIDocument(
        service: name,
        summary: "Where teachers and organisations reach the PD centre: organisations, requests, individual applications, questionnaires and documents.",
        operations: [
            LegacyAPIOperation(.post, "/v1/organisations", "Register an organisation (409 if its BIN is registered)",
                         roles: OrganisationRoutes.keepers, request: .reference("OrganisationForm"), status: 201,
                         response: .reference("Organisation")),
            LegacyAPIOperation(.get, "/v1/organisations", "The register of organisations", roles: OrganisationRoutes.keepers,
                         response: .array(.reference("Organisation"))),
            LegacyAPIOperation(.get, "/v1/organisations/:id", "One organisation; an organisation's token reads only its own",
                         roles: OrganisationRoutes.readers, response: .reference("Organisation")),
            LegacyAPIOperation(.put, "/v1/organisations/:id", "Correct an organisation's entry", roles: OrganisationRoutes.keepers,
                         request: .reference("OrganisationForm"), response: .reference("Organisation")),
            LegacyAPIOperation(.post, "/v1/requests",
                         "Send a list of teachers for a programme or topic (4.1); each becomes a candidate. The teachers may "
                             + "instead come as a text/csv body (columns fullName, iin, position, email; headings also in Russian "
                             + "or Kazakh; comma or semicolon), the rest of the request in the query; problems are named by line",
                         roles: RequestRoutes.readers,
                         query: [("programmeCode", "CSV body only"), ("topic", "CSV body only"), ("language", "CSV body only"),
                                 ("funding", "CSV body only"), ("preferredFrom", "CSV body only"), ("preferredTo", "CSV body only"),
                                 ("organisationId", "CSV body, staff only")],
                         request: .reference("OrganisationRequestForm"), status: 201,
                         response: .reference("RequestView"), upload: ["text/csv"]),
            LegacyAPIOperation(.get, "/v1/requests", "Requests, newest first; an organisation sees its own", roles: RequestRoutes.readers,
                         query: [("organisationId", "Staff only: one organisation's requests")],
                         response: .array(.reference("OrganisationRequest"))),
            LegacyAPIOperation(.get, "/v1/requests/:id", "A request and the status of each of its teachers", roles: RequestRoutes.readers,
                         response: .reference("RequestView")),
            LegacyAPIOperation(.put, "/v1/requests/:id/programme", "Choose the programme for a request that named a topic, or change it while files are open",
                         roles: RequestRoutes.staff, request: .object([("programmeCode", .text)], required: ["programmeCode"]),
                         response: .reference("RequestView")),
            LegacyAPIOperation(.post, "/v1/requests/:id/withdraw", "Withdraw a request; its candidates still on the way leave (409 if already withdrawn)",
                         roles: RequestRoutes.readers, response: .reference("RequestView")),
            LegacyAPIOperation(.get, "/v1/candidates/:id/documents", "A candidate's file: each paper's state, and whether it is complete (6.2)",
                         roles: DocumentRoutes.handlers, response: .reference("DocumentChecklist")),
            LegacyAPIOperation(.put, "/v1/candidates/:id/documents/:kind", "Upload a paper (the body is the file; its type is read from its content)",
                         roles: DocumentRoutes.handlers, response: .reference("Document"), upload: FileType.allCases.map(\.rawValue)),
            LegacyAPIOperation(.get, "/v1/candidates/:id/documents/:kind", "Download a paper", roles: DocumentRoutes.handlers,
                         response: nil, download: FileType.allCases.map(\.rawValue)),
            LegacyAPIOperation(.post, "/v1/candidates/:id/documents/:kind/review", "Verify a paper, or reject it with the reason",
                         roles: DocumentRoutes.reviewers, request: .object([
                             ("decision", .oneOf(["verified", "rejected"])), ("reason", .string(description: "Required when rejected")),
                         ], required: ["decision"]), response: .reference("Document")),
            LegacyAPIOperation(.post, "/v1/applications",
                         "Submit an individual application (Appendix 1) with the questionnaire (Appendix 2); it becomes a candidate",
                         roles: ApplicationRoutes.submitters, request: .reference("ApplicationForm"), status: 201,
                         response: .reference("CandidateView")),
            LegacyAPIOperation(.post, "/v1/questionnaires/import",
                         "Fill or update questionnaires by IIN from a NOBD export (6.9): a UTF-8 CSV with the columns "
                             + NOBDImport.columns.map(\.name).joined(separator: ", ")
                             + " (only iin required; an empty cell keeps the stored value). Bad rows are reported by line; "
                             + "a real run stores all good rows in one transaction and is idempotent",
                         roles: QuestionnaireRoutes.importers, query: [("dryRun", "true: report what would change, store nothing")],
                         response: .reference("ImportReport"), upload: ["text/csv"]),
            LegacyAPIOperation(.get, "/v1/candidates/:id", "A candidate's status and file", roles: CandidateRoutes.readers,
                         response: .reference("CandidateView")),
            LegacyAPIOperation(.post, "/v1/candidates/:id/withdraw", "Withdraw one candidate still on the way (409 once the course is over)",
                         roles: CandidateRoutes.readers, response: .reference("CandidateView")),
            LegacyAPIOperation(.get, "/v1/candidates/:id/questionnaire", "The candidate's questionnaire (personal data: staff and the candidate's organisation)",
                         roles: CandidateRoutes.readers, response: .reference("Questionnaire")),
            LegacyAPIOperation(.put, "/v1/candidates/:id/questionnaire", "Fill in or correct the candidate's questionnaire",
                         roles: CandidateRoutes.readers, request: .reference("QuestionnaireForm"), response: .reference("Questionnaire")),
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
                ("teachers", .array(.object([("fullName", personName), ("iin", .text), ("position", .text), ("email", .email)],
                                            required: ["fullName", "iin"]))),
            ], required: ["language", "funding", "teachers"]),
            "OrganisationRequest": .object([
                ("id", .identifier), ("organisationId", .identifier), ("programmeCode", .text), ("topic", .text),
                ("language", .oneOf(Language.self)), ("funding", .oneOf(OrganisationRequest.Funding.self)),
                ("preferredFrom", .date), ("preferredTo", .date), ("status", .oneOf(OrganisationRequest.Status.self)),
                ("submittedBy", .text), ("createdAt", .dateTime), ("updatedAt", .dateTime),
            ], required: ["id", "organisationId", "language", "funding", "status", "submittedBy", "createdAt", "updatedAt"]),
            "Candidate": .object([
                ("id", .identifier), ("requestId", .string(description: "Absent for an individual application")),
                ("organisationId", .string(description: "The sending organisation, if any")), ("fullName", .text),
                ("iin", .text), ("position", .text), ("email", .email),
                ("programmeCode", .string(description: "Absent while the request names only a topic")),
                ("language", .oneOf(Language.self)), ("funding", .oneOf(OrganisationRequest.Funding.self)),
                ("employerEmail", .email), ("status", .oneOf(Candidate.Status.self)), ("listenerId", .text),
                ("submittedBy", .text), ("createdAt", .dateTime), ("updatedAt", .dateTime),
            ], required: ["id", "fullName", "iin", "language", "funding", "status", "submittedBy", "createdAt", "updatedAt"]),
            "RequestView": .object([("request", .reference("OrganisationRequest")), ("candidates", .array(.reference("Candidate")))],
                                   required: ["request", "candidates"]),
            "OrganisationForm": .object(organisationFields, required: organisationFields.map(\.0)),
            "Organisation": .object([("id", .identifier)] + organisationFields + [("createdAt", .dateTime), ("updatedAt", .dateTime)],
                                    required: ["id"] + organisationFields.map(\.0) + ["createdAt", "updatedAt"]),
            "ApplicationForm": .object([
                ("programmeCode", .text), ("funding", .oneOf(OrganisationRequest.Funding.self)),
                ("organisationId", .string(description: "Staff only: the registered organisation that sends the teacher")),
                ("employerEmail", .email), ("questionnaire", .reference("QuestionnaireForm")),
            ], required: ["programmeCode", "funding", "questionnaire"]),
            "ImportReport": .object([
                ("dryRun", .boolean), ("rows", .integer(minimum: 0)), ("created", .integer(minimum: 0)),
                ("updated", .integer(minimum: 0)), ("unchanged", .integer(minimum: 0)), ("rejected", .integer(minimum: 0)),
                ("problems", .array(.object([("field", .string(description: "lines[N].column, N the line in the file")),
                                             ("message", .text)], required: ["field", "message"]))),
            ], required: ["dryRun", "rows", "created", "updated", "unchanged", "rejected", "problems"]),
            "CandidateView": .object([("candidate", .reference("Candidate")), ("checklist", .reference("DocumentChecklist"))],
                                     required: ["candidate", "checklist"]),
            "QuestionnaireForm": .object(questionnaireFields, required: questionnaireRequired),
            "Questionnaire": .object(questionnaireFields, required: questionnaireRequired),
        ])

    static let questionnaireFields: [(String, LegacySchema)] = [
        ("fullName", personName), ("iin", .string(pattern: "^[0-9]{12}$", description: "12 digits with a valid check digit")),
        ("birthDate", .date), ("sex", .oneOf(Questionnaire.Sex.self)), ("position", .text),
        ("education", .object([("level", .oneOf(Questionnaire.EducationLevel.self)), ("institution", .text),
                               ("speciality", .text), ("graduationYear", .integer(minimum: 1940))],
                              required: ["level", "institution", "speciality", "graduationYear"])),
        ("qualificationCategory", .oneOf(QualificationCategory.self)),
        ("categoryValidUntil", .string(description: "yyyy-MM-dd, in the future; only for a category that expires")),
        ("workplace", .object([("organisation", .text), ("region", .oneOf(Region.self))], required: ["organisation", "region"])),
        ("totalExperienceYears", .integer(minimum: 0)), ("teachingExperienceYears", .integer(minimum: 0)),
        ("languageOfInstruction", .oneOf(Language.self)), ("homeAddress", .text),
        ("phone", .string(pattern: nil, description: "Normalised to +7 and ten digits")), ("email", .email),
        ("additionalInformation", .text),
    ]
    static let questionnaireRequired = questionnaireFields.map(\.0).filter { !["categoryValidUntil", "additionalInformation"].contains($0) }

    static let organisationFields: [(String, LegacySchema)] = [
        ("kind", .oneOf(Organisation.Kind.self)), ("nameKk", .text), ("nameRu", .text), ("region", .oneOf(Region.self)),
        ("bin", .string(pattern: "^[0-9]{12}$", description: "12 digits with a valid check digit")),
        ("postalAddress", .text), ("email", .email),
    ]

    /// A teacher's name as documents print it (`PersonName`).
    private static let personName = LegacySchema.string(description: "Cyrillic or Latin letters, with spaces, hyphens, apostrophes and dots")
}
