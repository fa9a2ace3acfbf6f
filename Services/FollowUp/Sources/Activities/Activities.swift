import EventContracts
import Foundation
import GRDB
import ServiceKit
import Storage

/// What is done in plans (8.4.1–8.4.3), each step in the caller's write: the activity, and
/// the plan marked active on its day.
enum Activities {
    /// The plan `id`, if the caller leads it: 404 for none, 403 for another leader's.
    static func ledPlan(_ id: String, by caller: Identity, in db: Database) throws -> FollowUpPlan {
        let plan = try FollowUpPlan.existing(id, in: db)
        try PlanRules.checkLeads(try FollowedProgramme.fetchOne(db, key: plan.programmeCode), caller)
        return plan
    }

    static func consult(_ form: ConsultationForm.Valid, in planId: String, by caller: Identity, today: CalendarDate,
                        in db: Database) throws -> Consultation {
        let plan = try ledPlan(planId, by: caller, in: db)
        try Refusals.check(PlanRules.refusals(activityOn: form.heldOn, in: plan, today: today))
        let consultation = Consultation(id: RecordID.new(), planId: plan.id, heldOn: form.heldOn, topic: form.topic, help: form.help,
                                        area: form.area, mode: form.mode, outcome: form.outcome, recordedBy: caller.subject,
                                        recordedAt: Date())
        try consultation.insert(db)
        try noteActivity(in: plan, on: form.heldOn, in: db)
        return consultation
    }

    /// A publication taken on today, at whatever stage it is.
    static func support(_ form: PublicationForm.Valid, in planId: String, by caller: Identity, today: CalendarDate,
                        in db: Database) throws -> Publication {
        let plan = try ledPlan(planId, by: caller, in: db)
        try PlanRules.checkOpenToday(plan, today: today)
        let publication = Publication(id: RecordID.new(), planId: plan.id, title: form.title, venue: form.venue, coAuthors: form.coAuthors,
                                      status: form.status, reference: form.reference, updatedOn: today, updatedBy: caller.subject)
        try publication.insert(db)
        try noteActivity(in: plan, on: today, in: db)
        return publication
    }

    /// Where a publication has got to: its stage moves forward (`PlanRules.checkMove`).
    static func advance(_ publicationId: String, to form: PublicationForm.Valid, by caller: Identity, today: CalendarDate,
                        in db: Database) throws -> Publication {
        guard var publication = try Publication.fetchOne(db, key: publicationId) else { throw Publication.notFound }
        let plan = try ledPlan(publication.planId, by: caller, in: db)
        try PlanRules.checkOpenToday(plan, today: today)
        try PlanRules.checkMove(from: publication.status, to: form.status)
        (publication.title, publication.venue, publication.coAuthors) = (form.title, form.venue, form.coAuthors)
        (publication.status, publication.reference) = (form.status, form.reference)
        (publication.updatedOn, publication.updatedBy) = (today, caller.subject)
        try publication.update(db)
        try noteActivity(in: plan, on: today, in: db)
        return publication
    }

    /// An event the centre ran, counted in the plan of each teacher who took part. The event is
    /// the centre's, not a plan's: any of the staff who follow teachers records it.
    static func record(_ form: CommunityEventForm.Valid, by caller: Identity, today: CalendarDate, in db: Database) throws -> CommunityEvent {
        var refusals: [PlanRules.Refusal] = []
        if form.heldOn > today { refusals.append(.inTheFuture(today: today)) }
        var plans: [FollowUpPlan] = []
        for (index, planId) in form.participants.enumerated() {
            guard let plan = try FollowUpPlan.fetchOne(db, key: planId) else { refusals.append(.noSuchPlan(index)); continue }
            refusals += PlanRules.refusals(takingPartOn: form.heldOn, in: plan)
                .map { .participant(index, $0) }
            plans.append(plan)
        }
        try Refusals.check(refusals)
        let event = CommunityEvent(id: RecordID.new(), kind: form.kind, title: form.title, heldOn: form.heldOn, mode: form.mode,
                                   agenda: form.agenda, outcomes: form.outcomes, otherParticipants: form.otherParticipants,
                                   recordedBy: caller.subject, recordedAt: Date())
        try event.insert(db)
        for plan in plans {
            try Participation(eventId: event.id, planId: plan.id).insert(db)
            try noteActivity(in: plan, on: form.heldOn, in: db)
        }
        return event
    }

    /// A plan with something done in it is active, its latest day of activity kept, and no
    /// longer quiet.
    private static func noteActivity(in plan: FollowUpPlan, on day: CalendarDate, in db: Database) throws {
        var plan = plan
        plan.status = .active
        plan.lastActivityOn = max(plan.lastActivityOn ?? day, day)
        plan.quietSince = nil
        try plan.update(db)
    }

    /// What was done in a plan, counted.
    static func counts(in planId: String, in db: Database) throws -> PlanActivity {
        let row = try Row.fetchOne(db, sql: """
            SELECT (SELECT COUNT(*) FROM consultation WHERE planId = :plan) AS consultations,
                   (SELECT COUNT(*) FROM publication WHERE planId = :plan) AS publications,
                   (SELECT COUNT(*) FROM publication WHERE planId = :plan AND status = 'published') AS published,
                   (SELECT COUNT(*) FROM participation WHERE planId = :plan) AS participations
            """, arguments: ["plan": planId])!
        return PlanActivity(consultations: row["consultations"], publications: row["publications"], published: row["published"],
                            participations: row["participations"])
    }
}

/// A plan's activity in numbers: what its closing announces, and what its view shows.
struct PlanActivity: Codable, Sendable, Equatable {
    var consultations: Int
    var publications: Int
    var published: Int
    var participations: Int
}

extension Publication {
    static let notFound = NotFound(Localized(kk: "Жарияланым табылмады", ru: "Публикация не найдена", en: "No such publication"))
}
