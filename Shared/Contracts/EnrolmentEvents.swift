import Foundation

/// A listener is admitted to a group (regulation 4.3: by a rector's order).
public struct ListenerAdmitted: DomainEvent, Equatable {
    public static let type = EventType("enrolment.listener.admitted", version: 1)

    public var listenerId: String
    public var applicationId: String
    public var fullName: String
    public var programmeCode: String
    public var groupId: String
    public var groupCode: String
    public var admittedAt: Date

    public var subject: String { listenerId }

    public init(listenerId: String, applicationId: String, fullName: String, programmeCode: String,
                groupId: String, groupCode: String, admittedAt: Date) {
        self.listenerId = listenerId
        self.applicationId = applicationId
        self.fullName = fullName
        self.programmeCode = programmeCode
        self.groupId = groupId
        self.groupCode = groupCode
        self.admittedAt = admittedAt
    }
}

/// A listener is expelled by a rector's order (regulation 7.5) for a breach of the contract.
/// The employer's written notice is enrolment's to send; intake shows the candidate expelled.
public struct ListenerDismissed: DomainEvent, Equatable {
    public static let type = EventType("enrolment.listener.dismissed", version: 1)

    /// The grounds of regulation 7.5.
    public enum Reason: String, Codable, Sendable, CaseIterable {
        case unpaid
        case studyPlanNotFollowed = "study-plan-not-followed"
        case rulesBroken = "rules-broken"
    }

    public var listenerId: String
    /// The candidate's id at intake.
    public var candidateId: String
    public var groupId: String
    public var reason: Reason
    /// The rector's expulsion order.
    public var orderNumber: String
    /// `yyyy-MM-dd`
    public var dismissedOn: String

    public var subject: String { listenerId }

    public init(listenerId: String, candidateId: String, groupId: String, reason: Reason, orderNumber: String, dismissedOn: String) {
        self.listenerId = listenerId
        self.candidateId = candidateId
        self.groupId = groupId
        self.reason = reason
        self.orderNumber = orderNumber
        self.dismissedOn = dismissedOn
    }
}
