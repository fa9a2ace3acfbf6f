import EventContracts
import GRDB
import Hummingbird
import OpenAPIKit
import ServiceKit

/// What is done in plans, over HTTP (8.4.1–8.4.3): consultations and publications in a plan,
/// and the centre's professional-community events, each counted in its participants' plans.
enum ActivityRoutes: APIRoutes {
    static let consult = APIOperation(
        .post, "/v1/plans/:id/consultations",
        "Records a consultation in a plan (8.4.1): methodological or consulting help with the teacher's teaching, research or reflective work",
        roles: .followers, form: ConsultationForm.self, status: 201, response: .named("Consultation"), refusals: [.conflict, .invalid])
    static let support = APIOperation(
        .post, "/v1/plans/:id/publications", "Takes on a publication to support in a plan (8.4.2), at the stage it is at",
        roles: .followers, form: PublicationForm.self, status: 201, response: .named("Publication"), refusals: [.conflict])
    static let advance = APIOperation(
        .put, "/v1/publications/:id",
        "Where a publication has got to: idea, submitted, published (with its reference); a refused submission goes back to idea",
        roles: .followers, form: PublicationForm.self, response: .named("Publication"), refusals: [.conflict])
    static let record = APIOperation(
        .post, "/v1/community-events",
        "Records a professional-community event the centre ran (8.4.3): a contest, conference, seminar or round table, and the plans of the teachers who took part",
        roles: .followers, form: CommunityEventForm.self, status: 201, response: .named("RecordedCommunityEvent"),
        refusals: [.invalid])
    static let events = APIOperation(
        .get, "/v1/community-events", "The professional-community events the centre ran, the latest first", roles: .followers,
        response: .array(items: .named("CommunityEvent")))

    static let operations = [consult, support, advance, record, events]

    static func add(to router: Router<AppRequestContext>, _ environment: ServiceEnvironment) {
        let database = environment.database

        router.on(consult) { request, context -> EditedResponse<Consultation> in
            let form = try await request.form(ConsultationForm.self, context: context)
            let (id, caller, today) = (try context.parameter("id"), try context.caller, context.today)
            let consultation = try await database.write { db in
                try Activities.consult(form, in: id, by: caller, today: today, in: db)
            }
            return EditedResponse(status: .created, response: consultation)
        }

        router.on(support) { request, context -> EditedResponse<Publication> in
            let form = try await request.form(PublicationForm.self, context: context)
            let (id, caller, today) = (try context.parameter("id"), try context.caller, context.today)
            let publication = try await database.write { db in try Activities.support(form, in: id, by: caller, today: today, in: db) }
            return EditedResponse(status: .created, headers: [.location: "/v1/publications/\(publication.id)"], response: publication)
        }

        router.on(advance) { request, context -> Publication in
            let form = try await request.form(PublicationForm.self, context: context)
            let (id, caller, today) = (try context.parameter("id"), try context.caller, context.today)
            return try await database.write { db in try Activities.advance(id, to: form, by: caller, today: today, in: db) }
        }

        router.on(record) { request, context -> EditedResponse<RecordedCommunityEvent> in
            let form = try await request.form(CommunityEventForm.self, context: context)
            let (caller, today) = (try context.caller, context.today)
            let event = try await database.write { db in try Activities.record(form, by: caller, today: today, in: db) }
            return EditedResponse(status: .created, response: RecordedCommunityEvent(event: event, participants: form.participants))
        }

        router.on(events) { _, _ -> [CommunityEvent] in
            try await database.read { db in
                try CommunityEvent.order(Column("heldOn").desc, Column("recordedAt").desc).fetchListing(db)
            }
        }
    }

    static let schemas: [String: JSONSchema] = [
        "Consultation": .object([
            "id": .identifier, "planId": .identifier, "heldOn": .calendarDate, "topic": .string,
            "help": .choice(Consultation.Help.self), "area": .choice(Consultation.Area.self), "mode": .choice(ActivityMode.self),
            "outcome": .string, "recordedBy": .string, "recordedAt": .instant,
        ], required: ["id", "planId", "heldOn", "topic", "help", "area", "mode", "outcome", "recordedBy", "recordedAt"]),
        "Publication": .object([
            "id": .identifier, "planId": .identifier, "title": .string, "venue": .string, "coAuthors": .array(items: .string),
            "status": .choice(Publication.Status.self), "reference": .string, "updatedOn": .calendarDate, "updatedBy": .string,
        ], required: ["id", "planId", "title", "coAuthors", "status", "updatedOn", "updatedBy"]),
        "CommunityEvent": .object([
            "id": .identifier, "kind": .choice(CommunityEvent.Kind.self), "title": .string, "heldOn": .calendarDate,
            "mode": .choice(ActivityMode.self), "agenda": .string, "outcomes": .string, "otherParticipants": .integer(0...100_000),
            "recordedBy": .string, "recordedAt": .instant,
        ], required: ["id", "kind", "title", "heldOn", "mode", "agenda", "otherParticipants", "recordedBy", "recordedAt"]),
        "RecordedCommunityEvent": .object([
            "event": .reference(.component(named: "CommunityEvent")), "participants": .array(items: .identifier),
        ], required: ["event", "participants"]),
    ]
}

/// An event as recorded, with the plans it was counted in.
struct RecordedCommunityEvent: Codable, Sendable, ResponseEncodable {
    var event: CommunityEvent
    var participants: [String]
}
