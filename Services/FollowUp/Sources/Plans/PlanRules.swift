import EventContracts
import ServiceKit

/// What may be done in a plan, as plain values: an activity lies in the plan's year (8.2) and
/// not in the future; a closed plan takes no more; a programme leader acts on the plans of
/// their own programmes (4.7); the year is summed up once it is over.
enum PlanRules {
    enum Refusal: RuleRefusal {
        case closed
        case anotherLeadersPlan
        case inTheFuture(today: CalendarDate)
        case outsideTheYear(startsOn: CalendarDate, endsOn: CalendarDate)
        case yearNotOver(endsOn: CalendarDate)
        /// A step dated today (a publication's) in a plan whose year is over.
        case yearOver(endsOn: CalendarDate)
        case statusBackwards(from: Publication.Status, to: Publication.Status)
        /// One of an event's participants, by their place in the list.
        indirect case participant(Int, Refusal)
        case noSuchPlan(Int)

        var clause: String? {
            switch self {
            case .closed, .outsideTheYear, .yearNotOver, .yearOver: "8.2"
            case .anotherLeadersPlan: "4.7"
            case .inTheFuture, .statusBackwards, .noSuchPlan: nil
            case .participant(_, let refusal): refusal.clause
            }
        }
    }

    /// A programme leader leads the plans of their own programmes, and of programmes whose
    /// leader follow-up has not heard of; the office, every plan.
    static func mayLead(_ programme: FollowedProgramme?, _ caller: Identity) -> Bool {
        caller.role != .programmeLeader || programme?.leaderId.map { $0 == caller.subject } ?? true
    }

    static func checkLeads(_ programme: FollowedProgramme?, _ caller: Identity) throws(Refusal) {
        if !mayLead(programme, caller) { throw .anotherLeadersPlan }
    }

    /// Why an activity of `day` may not go into `plan`, if it may not.
    static func refusals(activityOn day: CalendarDate, in plan: FollowUpPlan, today: CalendarDate) -> [Refusal] {
        if plan.status == .closed { return [.closed] }
        if day > today { return [.inTheFuture(today: today)] }
        return refusals(takingPartOn: day, in: plan)
    }

    /// Why the teacher of `plan` may not be counted in an event of `day` (whose own date the
    /// event's form checks once, for all of its participants).
    static func refusals(takingPartOn day: CalendarDate, in plan: FollowUpPlan) -> [Refusal] {
        if plan.status == .closed { return [.closed] }
        if day < plan.startsOn || day > plan.endsOn { return [.outsideTheYear(startsOn: plan.startsOn, endsOn: plan.endsOn)] }
        return []
    }

    /// A step that takes today's date (a publication's): the plan open, its year not over. The
    /// request names no date, so this is the plan's state (409), not a field to mend.
    static func checkOpenToday(_ plan: FollowUpPlan, today: CalendarDate) throws(Refusal) {
        if plan.status == .closed { throw .closed }
        if today > plan.endsOn { throw .yearOver(endsOn: plan.endsOn) }
    }

    /// The leader sums the year up once it is over: on its last day or after.
    static func checkClosing(_ plan: FollowUpPlan, today: CalendarDate) throws(Refusal) {
        if plan.status == .closed { throw .closed }
        if today < plan.endsOn { throw .yearNotOver(endsOn: plan.endsOn) }
    }

    /// Forward only (idea, submitted, published), or a refused submission back to an idea.
    static func checkMove(from old: Publication.Status, to new: Publication.Status) throws(Refusal) {
        let order: [Publication.Status] = [.idea, .submitted, .published]
        let forward = order.firstIndex(of: new)! >= order.firstIndex(of: old)!
        if !forward && !(old == .submitted && new == .idea) { throw .statusBackwards(from: old, to: new) }
    }
}
