import EventContracts
import GRDB
import Mail
import ServiceKit

/// A plan in which nothing has been done for a while (8.2: the leader follows the teacher all
/// year): flagged once, and its leader reminded once, until something is done in it again.
enum QuietPlans {
    /// The first day a plan counts as quiet: `quietDays` after its last activity, or after it
    /// opened when nothing has been done in it yet.
    static func quietFrom(_ plan: FollowUpPlan, quietDays: Int) -> CalendarDate {
        (plan.lastActivityOn ?? plan.startsOn).adding(days: quietDays)
    }

    /// Whether `plan` has fallen quiet by `today` and is not flagged yet. A plan past its year
    /// waits for its summary, not for activity.
    static func fallsQuiet(_ plan: FollowUpPlan, on today: CalendarDate, quietDays: Int) -> Bool {
        plan.status != .closed && plan.quietSince == nil && today <= plan.endsOn && quietFrom(plan, quietDays: quietDays) <= today
    }

    /// Flags the plans that have fallen quiet by `today`, and queues one letter to each one's
    /// leader, in the same write: a flag without its letter, or a letter sent twice, cannot be.
    /// A programme whose leader gave no address gets the flag alone, for the office to see.
    @discardableResult
    static func flag(on today: CalendarDate, quietDays: Int, mail: MailSettings, in db: Database) throws -> [FollowUpPlan] {
        let open = try FollowUpPlan.filter(Column("status") != FollowUpPlan.Status.closed.rawValue && Column("quietSince") == nil)
            .fetchAll(db)
        var flagged: [FollowUpPlan] = []
        for var plan in open where fallsQuiet(plan, on: today, quietDays: quietDays) {
            plan.quietSince = today
            try plan.update(db)
            if let programme = try FollowedProgramme.fetchOne(db, key: plan.programmeCode), let email = programme.leaderEmail {
                try Mail.queue(QuietPlanLetter.message(plan, programme: programme, quietDays: quietDays, to: email, mail: mail),
                               reference: QuietPlanLetter.reference(plan), in: db)
            }
            flagged.append(plan)
        }
        return flagged
    }
}
