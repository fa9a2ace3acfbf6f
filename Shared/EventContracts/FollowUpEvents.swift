import Foundation

/// A one-year follow-up plan was opened for a certified teacher (regulation 8.2).
public struct FollowUpPlanOpened: DomainEvent, Equatable {
    public static let type = EventType("followup.plan.opened", version: 1)

    public var planId: String
    public var listenerId: String
    public var certificateId: String
    public var programmeCode: String
    /// The certificate's date.
    public var startsOn: CalendarDate
    /// One calendar year after `startsOn`.
    public var endsOn: CalendarDate

    public var subject: String { planId }

    public init(planId: String, listenerId: String, certificateId: String, programmeCode: String,
                startsOn: CalendarDate, endsOn: CalendarDate) {
        self.planId = planId
        self.listenerId = listenerId
        self.certificateId = certificateId
        self.programmeCode = programmeCode
        self.startsOn = startsOn
        self.endsOn = endsOn
    }
}

/// A follow-up plan was closed: its year is over and its leader summed it up (8.2), or the
/// certificate it followed was revoked. Says what was done in it, for the teacher's PD record.
public struct FollowUpPlanClosed: DomainEvent, Equatable {
    public static let type = EventType("followup.plan.closed", version: 1)

    public enum Reason: String, Codable, Sendable, CaseIterable {
        /// 8.2: the calendar year is over, and the leader wrote the plan's summary.
        case yearEnded = "year-ended"
        /// The certificate was revoked (issued in error, fraud): there is no course to follow.
        case certificateRevoked = "certificate-revoked"
    }

    public var planId: String
    public var listenerId: String
    /// The certificate the plan follows now: after a reissue, the replacement.
    public var certificateId: String
    public var programmeCode: String
    public var reason: Reason
    public var closedOn: CalendarDate
    /// What was done in the plan (8.4.1–8.4.3), counted when it closed.
    public var consultations: Int
    public var publications: Int
    /// Of `publications`, those published.
    public var published: Int
    /// Professional-community events the teacher took part in.
    public var participations: Int

    public var subject: String { planId }

    public init(planId: String, listenerId: String, certificateId: String, programmeCode: String, reason: Reason,
                closedOn: CalendarDate, consultations: Int = 0, publications: Int = 0, published: Int = 0, participations: Int = 0) {
        self.planId = planId
        self.listenerId = listenerId
        self.certificateId = certificateId
        self.programmeCode = programmeCode
        self.reason = reason
        self.closedOn = closedOn
        self.consultations = consultations
        self.publications = publications
        self.published = published
        self.participations = participations
    }
}

/// A programme's effectiveness review is due (8.4.4, 1.8.3: at least once every three years):
/// it was never reviewed, or the three years since its last review are running out. Announced
/// once for each programme and due day, ahead of that day; its leader is mailed too.
public struct MonitoringDue: DomainEvent, Equatable {
    public static let type = EventType("followup.monitoring.due", version: 1)

    public enum Reason: String, Codable, Sendable, CaseIterable {
        case neverReviewed = "never-reviewed"
        case cycleEnding = "cycle-ending"
    }

    public var programmeCode: String
    /// The programme leader's login, when enrolment named one.
    public var leaderId: String?
    public var lastReviewedOn: CalendarDate?
    /// The last day of the three years: from the last review, or from the approval of a
    /// programme never reviewed.
    public var dueOn: CalendarDate
    public var reason: Reason

    public var subject: String { programmeCode }

    public init(programmeCode: String, leaderId: String?, lastReviewedOn: CalendarDate?, dueOn: CalendarDate, reason: Reason) {
        self.programmeCode = programmeCode
        self.leaderId = leaderId
        self.lastReviewedOn = lastReviewedOn
        self.dueOn = dueOn
        self.reason = reason
    }
}
