import EventContracts
import ServiceKit

/// A consultation as the leader records it (8.4.1).
struct ConsultationForm: Form {
    var heldOn: String?
    var topic: String?
    var help: String?
    var area: String?
    var mode: String?
    var outcome: String?

    struct Valid: Sendable {
        var heldOn: CalendarDate
        var topic: String
        var help: Consultation.Help
        var area: Consultation.Area
        var mode: ActivityMode
        var outcome: String
    }

    func read(_ check: inout FieldValidator) -> Valid? {
        let heldOn = check.date(heldOn, "heldOn", description: "Within the plan's year, and not after today")
        let topic = check.text(topic, "topic", limit: 500)
        let help = check.choice(help, "help", Consultation.Help.self, description: "Methodological or consulting help (8.4.1)")
        let area = check.choice(area, "area", Consultation.Area.self, description: "With the teacher's teaching, research or reflective work")
        let mode = check.choice(mode, "mode", ConsultationMode.self, description: "In person or online")
        let outcome = check.text(outcome, "outcome", limit: 5000, multiline: true, description: "What came of it")
        guard let heldOn, let topic, let help, let area, let mode, let outcome, check.isValid else { return nil }
        return Valid(heldOn: heldOn, topic: topic, help: help, area: area, mode: ActivityMode(rawValue: mode.rawValue)!, outcome: outcome)
    }

    /// A consultation is held in person or online; only events are blended.
    enum ConsultationMode: String, CaseIterable {
        case inPerson = "in-person"
        case online
    }
}

/// A publication to support, or where one has got to (8.4.2).
struct PublicationForm: Form {
    var title: String?
    var venue: String?
    var coAuthors: [String]?
    var status: String?
    var reference: String?

    struct Valid: Sendable {
        var title: String
        var venue: String?
        var coAuthors: [String]
        var status: Publication.Status
        var reference: String?
    }

    func read(_ check: inout FieldValidator) -> Valid? {
        let title = check.text(title, "title", limit: 500)
        let venue = check.optionalText(venue, "venue", limit: 500, description: "The journal, collection or conference")
        let coAuthors = check.list(coAuthors, "coAuthors", limit: 200, minimum: 0, maximum: 30, required: false)
        let status = check.choice(status, "status", Publication.Status.self,
                                  description: "idea, then submitted, then published; a refused submission goes back to idea")
        let reference = check.optionalText(reference, "reference", limit: 1000,
                                           description: "Where it was published (a bibliographic reference, a DOI, an address): required once published")
        if status == .published && reference == nil { check.add("reference", PlanText.referenceNeeded) }
        guard let title, let coAuthors, let status, check.isValid else { return nil }
        return Valid(title: title, venue: venue, coAuthors: coAuthors, status: status, reference: reference)
    }
}

/// A professional-community event the centre ran, and the teachers with a plan who took part (8.4.3).
struct CommunityEventForm: Form {
    var kind: String?
    var title: String?
    var heldOn: String?
    var mode: String?
    var agenda: String?
    var outcomes: String?
    var participants: [String]?
    var otherParticipants: Int?

    struct Valid: Sendable {
        var kind: CommunityEvent.Kind
        var title: String
        var heldOn: CalendarDate
        var mode: ActivityMode
        var agenda: String
        var outcomes: String?
        var participants: [String]
        var otherParticipants: Int
    }

    func read(_ check: inout FieldValidator) -> Valid? {
        let kind = check.choice(kind, "kind", CommunityEvent.Kind.self)
        let title = check.text(title, "title", limit: 500)
        let heldOn = check.date(heldOn, "heldOn", description: "Not after today; within the year of each participant's plan")
        let mode = check.choice(mode, "mode", ActivityMode.self)
        let agenda = check.text(agenda, "agenda", limit: 5000, multiline: true, description: "The event's programme")
        let outcomes = check.optionalText(outcomes, "outcomes", limit: 5000, multiline: true)
        let participants = check.list(participants, "participants", limit: 64, minimum: 0, maximum: 1000, required: false,
                                      description: "The plans of the teachers who took part, by id")
        let others = check.optionalInteger(otherParticipants, "otherParticipants", in: 0...100_000,
                                           description: "Those who took part without a plan here")
        if let participants, Set(participants).count != participants.count { check.add("participants", PlanText.participantTwice) }
        guard let kind, let title, let heldOn, let mode, let agenda, let participants, check.isValid else { return nil }
        return Valid(kind: kind, title: title, heldOn: heldOn, mode: mode, agenda: agenda, outcomes: outcomes,
                     participants: participants, otherParticipants: others ?? 0)
    }
}

/// The leader's summary of a plan's year, which closes it (8.2).
struct ClosingForm: Form {
    var summary: String?

    struct Valid: Sendable {
        var summary: String
    }

    func read(_ check: inout FieldValidator) -> Valid? {
        let summary = check.text(summary, "summary", limit: 20_000, multiline: true,
                                 description: "What the year of support achieved, and what the teacher should do next")
        guard let summary, check.isValid else { return nil }
        return Valid(summary: summary)
    }
}
