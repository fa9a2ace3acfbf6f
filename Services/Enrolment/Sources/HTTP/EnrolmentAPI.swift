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
            APIOperation(.get, "/v1/programmes", "Programmes by code, optionally of one status", roles: ProgrammeRoutes.readers,
                         query: [("status", "draft, approved or retired")], response: .array(.reference("Programme"))),
            APIOperation(.get, "/v1/programmes/:code", "One programme", roles: ProgrammeRoutes.readers, response: .reference("Programme")),
            APIOperation(.post, "/v1/programmes", "Writes a programme as a draft (4.7); its modules' hours add up to its hours, which fit its kind (4.9)",
                         roles: ProgrammeRoutes.authors, request: .reference("ProgrammeForm"), status: 201, response: .reference("Programme")),
            APIOperation(.put, "/v1/programmes/:code", "Rewrites a draft; an approved or retired programme answers 409",
                         roles: ProgrammeRoutes.authors, request: .reference("ProgrammeForm"), response: .reference("Programme")),
            APIOperation(.post, "/v1/programmes/:code/approval",
                         "Approves a draft by the decision named (4.8) and announces enrolment.programme.approved",
                         roles: ProgrammeRoutes.approvers,
                         request: .object([("decision", .text), ("approvedOn", .date)], required: ["decision", "approvedOn"]),
                         response: .reference("Programme")),
            APIOperation(.get, "/v1/trainers", "Trainers by name", roles: TrainerRoutes.readers, response: .array(.reference("Trainer"))),
            APIOperation(.get, "/v1/trainers/:id", "One trainer", roles: TrainerRoutes.readers, response: .reference("Trainer")),
            APIOperation(.post, "/v1/trainers", "Records a trainer as they are; the rules of regulation 5 apply when they are assigned",
                         roles: TrainerRoutes.keepers, request: .reference("TrainerForm"), status: 201, response: .reference("Trainer")),
            APIOperation(.put, "/v1/trainers/:id", "Rewrites a trainer's record (a new contract, say)",
                         roles: TrainerRoutes.keepers, request: .reference("TrainerForm"), response: .reference("Trainer")),
            APIOperation(.get, "/v1/groups/:id/trainers", "The trainers assigned to a group", roles: TrainerRoutes.assigners,
                         response: .array(.reference("Trainer"))),
            APIOperation(.post, "/v1/groups/:id/trainers",
                         "Assigns a trainer to a group; one who does not qualify today is refused (422) with each clause of 5.1 that forbids it",
                         roles: TrainerRoutes.assigners, request: .object([("trainerId", .identifier)], required: ["trainerId"]),
                         status: 201, response: .reference("Trainer")),
            APIOperation(.post, "/v1/groups/:id/admission-order",
                         "Issues the numbered rector's order admitting the group's listeners not yet in an order (4.3); budget listeners need the authorities' letters (6.8)",
                         roles: OrderRoutes.issuers,
                         request: .object([("orderDate", .date), ("startsOn", .date), ("endsOn", .date), ("leaders", .array(.text)),
                                           ("authorityLetters", .array(.text))], required: ["orderDate", "startsOn", "endsOn", "leaders"]),
                         status: 201, response: .reference("Order")),
            APIOperation(.get, "/v1/orders", "Orders, newest first, optionally of one group", roles: OrderRoutes.readers,
                         query: [("groupId", "Only this group's orders")], response: .array(.reference("Order"))),
            APIOperation(.get, "/v1/orders/:id", "One order", roles: OrderRoutes.readers, response: .reference("Order")),
            APIOperation(.get, "/v1/orders/:id/pdf", "The order in Kazakh and Russian, ready to sign", roles: OrderRoutes.readers,
                         response: nil, download: ["application/pdf"]),
            APIOperation(.post, "/v1/programmes/:code/retirement", "Retires an approved programme: it takes no more groups",
                         roles: ProgrammeRoutes.approvers, response: .reference("Programme")),
        ],
        schemas: [
            "Listener": .object([
                ("id", .identifier), ("applicationId", .identifier), ("fullName", .text), ("programmeCode", .text),
                ("employerEmail", .email), ("groupId", .identifier), ("admittedAt", .dateTime),
                ("language", .oneOf(["kk", "ru"])), ("funding", .oneOf(["budget", "employer", "own"])),
                ("employerNameKk", .text), ("employerNameRu", .text), ("employerPostalAddress", .text),
            ], required: ["id", "applicationId", "fullName", "programmeCode", "employerEmail", "groupId", "admittedAt"]),
            "StudyGroup": .object([
                ("id", .identifier), ("code", .text), ("programmeCode", .text), ("createdAt", .dateTime),
            ], required: ["id", "code", "programmeCode", "createdAt"]),
            "Module": .object([
                ("name", .text), ("hours", .integer(minimum: 1)), ("content", .text), ("assessmentForms", .array(.text)),
            ], required: ["name", "hours", "content", "assessmentForms"]),
            "ProgrammeForm": .object(programmeContent, required: programmeContent.map(\.0)),
            "Programme": .object([("id", .identifier)] + programmeContent + [
                ("authorId", .text), ("status", .oneOf(Programme.Status.self)),
                ("approval", .object([("decision", .text), ("approvedOn", .date), ("recordedBy", .text)],
                                     required: ["decision", "approvedOn", "recordedBy"])),
                ("createdAt", .dateTime), ("updatedAt", .dateTime),
            ], required: ["id", "code", "titleKk", "titleRu", "leader", "authorId", "outcomes", "modules", "hours", "kind",
                          "form", "arrangement", "status", "createdAt", "updatedAt"]),
            "Order": .object([
                ("id", .identifier), ("number", .text), ("year", .integer()), ("sequence", .integer(minimum: 1)),
                ("kind", .oneOf(Order.Kind.self)), ("orderDate", .date), ("groupId", .identifier),
                ("content", .object([
                    ("programmeCode", .text), ("programmeTitleKk", .text), ("programmeTitleRu", .text), ("hours", .integer()),
                    ("groupCode", .text), ("startsOn", .date), ("endsOn", .date), ("leaders", .array(.text)),
                    ("listeners", .array(.object([("listenerId", .identifier), ("fullName", .text), ("organisation", .text),
                                                  ("funding", .text)], required: ["listenerId", "fullName", "funding"]))),
                    ("authorityLetters", .array(.text)),
                ])),
                ("issuedBy", .text), ("createdAt", .dateTime),
            ], required: ["id", "number", "year", "sequence", "kind", "orderDate", "groupId", "content", "issuedBy", "createdAt"]),
            "TrainerForm": .object(trainerContent, required: ["fullName", "category", "engagement"]),
            "Trainer": .object([("id", .identifier)] + trainerContent + [("createdAt", .dateTime), ("updatedAt", .dateTime)],
                               required: ["id", "fullName", "category", "engagement", "industryExperienceYears", "createdAt", "updatedAt"]),
        ])

    /// The fields of a trainer's record.
    private static let trainerContent: [(String, Schema)] = [
        ("fullName", .text),
        ("category", .oneOf(Trainer.Category.self, description: "5.1.1 subject-teacher, 5.1.2 industry-specialist, 5.1.3 university-staff, 5.1.4 hourly-practitioner")),
        ("engagement", .oneOf(Trainer.Engagement.self, description: "an external trainer must be a certified trainer (5.1.5)")),
        ("certification", .object([("number", .text), ("issuer", .text), ("issuedOn", .date)], required: ["number", "issuer", "issuedOn"])),
        ("industryExperienceYears", .integer(minimum: 0, maximum: 70)),
        ("contract", .object([("kind", .oneOf(Trainer.Contract.Kind.self)), ("number", .text), ("validFrom", .date), ("validUntil", .date)],
                             required: ["kind", "number", "validFrom", "validUntil"])),
    ]

    /// The fields a programme's author writes.
    private static let programmeContent: [(String, Schema)] = [
        ("code", .string(pattern: "^[A-Za-z0-9-]{1,32}$")), ("titleKk", .text), ("titleRu", .text), ("leader", .text),
        ("outcomes", .array(.text)), ("modules", .array(.reference("Module"))),
        ("hours", .integer(minimum: 1, maximum: nil)),
        ("kind", .oneOf(Programme.Kind.self, description: "short: 36–108 academic hours; long: over 108; internship: at least 36")),
        ("form", .oneOf(Programme.Form.self)), ("arrangement", .oneOf(Programme.Arrangement.self)),
    ]
}
