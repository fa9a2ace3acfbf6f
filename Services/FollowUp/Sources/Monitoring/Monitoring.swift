import EventContracts
import Foundation
import GRDB
import Mail
import Messaging
import ServiceKit
import Storage

/// Where each programme stands in its monitoring (8.4.4, 1.8.3).
struct ProgrammeMonitoring: Codable, Sendable, Equatable {
    var programmeCode: String
    var titleKk: String
    var titleRu: String
    var leader: String
    var leaderId: String?
    var approvedOn: CalendarDate
    var lastReviewedOn: CalendarDate?
    var dueOn: CalendarDate
    var state: MonitoringSchedule.State
}

/// The programmes' reviews: where each stands, the notice that one is due, and the review itself.
enum Monitoring {
    static func overview(today: CalendarDate, noticeDays: Int, in db: Database) throws -> [ProgrammeMonitoring] {
        try standings(today: today, noticeDays: noticeDays, in: db).map(\.monitoring)
    }

    /// Each programme, with where it stands.
    private static func standings(today: CalendarDate, noticeDays: Int, in db: Database) throws
        -> [(programme: FollowedProgramme, monitoring: ProgrammeMonitoring)] {
        var last: [String: CalendarDate] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT programmeCode, MAX(reviewedOn) AS reviewedOn FROM review GROUP BY programmeCode") {
            last[row["programmeCode"]] = row["reviewedOn"]
        }
        return try FollowedProgramme.order(Column("code")).fetchAll(db).map { programme in
            let reviewed = last[programme.code]
            return (programme, ProgrammeMonitoring(
                programmeCode: programme.code, titleKk: programme.titleKk, titleRu: programme.titleRu, leader: programme.leader,
                leaderId: programme.leaderId, approvedOn: programme.approvedOn, lastReviewedOn: reviewed,
                dueOn: MonitoringSchedule.dueOn(lastReviewedOn: reviewed, approvedOn: programme.approvedOn),
                state: MonitoringSchedule.state(lastReviewedOn: reviewed, approvedOn: programme.approvedOn,
                                                retired: programme.retiredAt != nil, today: today, noticeDays: noticeDays)))
        }
    }

    /// Announces `followup.monitoring.due` for each programme whose review is due, once for each
    /// due day, and queues its leader's letter in the same write.
    @discardableResult
    static func announceDue(today: CalendarDate, noticeDays: Int, mail: MailSettings, outbox: Outbox, in db: Database) throws
        -> [MonitoringDue] {
        var announced: [MonitoringDue] = []
        let due = try standings(today: today, noticeDays: noticeDays, in: db).filter { MonitoringSchedule.isDue($0.monitoring.state) }
        for (programme, entry) in due {
            guard try !MonitoringNotice.exists(db, key: ["programmeCode": entry.programmeCode, "dueOn": entry.dueOn]) else { continue }
            try MonitoringNotice(programmeCode: entry.programmeCode, dueOn: entry.dueOn, announcedOn: today).insert(db)
            let due = MonitoringDue(programmeCode: entry.programmeCode, leaderId: entry.leaderId, lastReviewedOn: entry.lastReviewedOn,
                                    dueOn: entry.dueOn, reason: entry.lastReviewedOn == nil ? .neverReviewed : .cycleEnding)
            try outbox.append(due, cause: .request(), in: db)
            if let email = programme.leaderEmail {
                try Mail.queue(MonitoringLetter.message(programme, due: due, to: email, mail: mail),
                               reference: "monitoring:\(entry.programmeCode):\(entry.dueOn)", in: db)
            }
            announced.append(due)
        }
        return announced
    }

    /// A review its programme's leader (or the office) records, with the evidence it weighed;
    /// the next is due three years on.
    static func review(_ form: ReviewForm.Valid, of code: String, by caller: Identity, today: CalendarDate, in db: Database) throws
        -> ProgrammeReview {
        guard let programme = try FollowedProgramme.fetchOne(db, key: code) else { throw FollowedProgramme.notFound }
        try Refusals.check(MonitoringRules.refusals(reviewing: programme, on: form.reviewedOn, by: caller, today: today))
        let review = ProgrammeReview(id: RecordID.new(), programmeCode: code, reviewedOn: form.reviewedOn, conclusions: form.conclusions,
                                     actions: form.actions, recordedBy: caller.subject, recordedAt: Date(),
                                     evidence: try ProgrammeEvidence.of(programme, in: db))
        try review.insert(db)
        return review
    }
}

extension FollowedProgramme {
    static let notFound = NotFound(Localized(kk: "Бағдарлама табылмады", ru: "Программа не найдена", en: "No such programme"))
}
