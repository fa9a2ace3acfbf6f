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
