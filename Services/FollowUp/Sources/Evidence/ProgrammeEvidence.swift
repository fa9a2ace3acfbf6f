import EventContracts
import GRDB
import Hummingbird

/// The evidence a programme's effectiveness review weighs (8.4.4), computed from what the
/// services announced: its cohorts and their rates, the grades, and the follow-up of the
/// teachers it certified: each one's consultations, publications and events.
struct ProgrammeEvidence: Codable, Sendable, Equatable, ResponseEncodable {
    var programmeCode: String
    var titleKk: String
    var titleRu: String
    /// The cohorts in the order they started (or finished, for one whose start was not heard).
    var cohorts: [CohortFigures]
    var totals: CohortFigures
    var followUp: FollowUpFigures

    struct FollowUpFigures: Codable, Sendable, Equatable {
        var plans: Int
        var closed: Int
        /// Plans ended because their certificate was revoked.
        var revoked: Int
        /// Plans flagged quiet and not closed.
        var quiet: Int
        var consultations: Int
        var publications: Int
        var published: Int
        /// Community events at least one of these teachers took part in.
        var events: Int
        var participations: Int
        var teachers: [Teacher]
    }

    /// One certified teacher's follow-up.
    struct Teacher: Codable, Sendable, Equatable {
        var planId: String
        var listenerId: String
        var fullName: String?
        var status: FollowUpPlan.Status
        var startsOn: CalendarDate
        var consultations: Int
        var publications: Int
        var published: Int
        var participations: Int
        var lastActivityOn: CalendarDate?
    }

    static func of(_ programme: FollowedProgramme, in db: Database) throws -> ProgrammeEvidence {
        let cohorts = try Cohort.filter(Column("programmeCode") == programme.code)
            .order(sql: "COALESCE(startsOn, completedOn), groupCode").fetchAll(db)
        // Only those follow-up saw join: a group admitted before it read admissions is left out.
        let listeners = try CohortListener.fetchAll(db, sql: """
            SELECT cohortListener.* FROM cohortListener JOIN cohort USING (groupId)
            WHERE cohort.programmeCode = ? AND cohortListener.joinedOn IS NOT NULL
            """, arguments: [programme.code])
        let byGroup = Dictionary(grouping: listeners, by: \.groupId)
        return ProgrammeEvidence(
            programmeCode: programme.code, titleKk: programme.titleKk, titleRu: programme.titleRu,
            cohorts: cohorts.compactMap { cohort in byGroup[cohort.groupId].map { CohortFigures.of($0, cohort: cohort) } },
            totals: CohortFigures.of(listeners), followUp: try followUp(of: programme.code, in: db))
    }

    private static func followUp(of code: String, in db: Database) throws -> FollowUpFigures {
        let plans = try FollowUpPlan.filter(Column("programmeCode") == code).order(Column("startsOn"), Column("fullName"), Column("id")).fetchAll(db)
        let teachers = try plans.map { plan in
            let activity = try Activities.counts(in: plan.id, in: db)
            return Teacher(planId: plan.id, listenerId: plan.listenerId, fullName: plan.fullName, status: plan.status,
                           startsOn: plan.startsOn, consultations: activity.consultations, publications: activity.publications,
                           published: activity.published, participations: activity.participations,
                           lastActivityOn: plan.lastActivityOn)
        }
        let events = try Int.fetchOne(db, sql: """
            SELECT COUNT(DISTINCT participation.eventId) FROM participation JOIN plan ON plan.id = participation.planId
            WHERE plan.programmeCode = ?
            """, arguments: [code]) ?? 0
        let sum = { (count: (Teacher) -> Int) in teachers.map(count).reduce(0, +) }
        return FollowUpFigures(
            plans: plans.count, closed: plans.filter { $0.status == .closed }.count,
            revoked: plans.filter { $0.closeReason == .certificateRevoked }.count,
            quiet: plans.filter { $0.quietSince != nil && $0.status != .closed }.count,
            consultations: sum(\.consultations), publications: sum(\.publications), published: sum(\.published),
            events: events, participations: sum(\.participations), teachers: teachers)
    }
}
