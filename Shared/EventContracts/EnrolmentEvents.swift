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

/// A programme is approved (regulation 4.8) and may take groups. Carries what assessment
/// (modules and their forms of assessment), certification (titles and hours in both
/// languages) and follow-up (the programme leader) need, so that none of them asks enrolment.
public struct ProgrammeApproved: DomainEvent, Equatable {
    public static let type = EventType("enrolment.programme.approved", version: 1)

    public struct Module: Codable, Sendable, Equatable {
        public var name: String
        public var hours: Int
        public var assessmentForms: [String]

        public init(name: String, hours: Int, assessmentForms: [String]) {
            self.name = name
            self.hours = hours
            self.assessmentForms = assessmentForms
        }
    }

    public var programmeId: String
    public var code: String
    public var titleKk: String
    public var titleRu: String
    public var leader: String
    /// Academic hours (50 minutes each).
    public var hours: Int
    /// `short`, `long` or `internship` (4.9): a long course ends in an external final assessment.
    public var kind: String
    /// `in-person`, `distance` or `blended`.
    public var form: String
    public var modules: [Module]
    /// The approving decision's reference.
    public var decision: String
    /// `yyyy-MM-dd`
    public var approvedOn: String

    public var subject: String { code }

    public init(programmeId: String, code: String, titleKk: String, titleRu: String, leader: String, hours: Int,
                kind: String, form: String, modules: [Module], decision: String, approvedOn: String) {
        self.programmeId = programmeId
        self.code = code
        self.titleKk = titleKk
        self.titleRu = titleRu
        self.leader = leader
        self.hours = hours
        self.kind = kind
        self.form = form
        self.modules = modules
        self.decision = decision
        self.approvedOn = approvedOn
    }
}

/// A group's course has ended (regulation 4.4): who finished it, that is every listener
/// admitted by order and not expelled. Assessment and intake learn who completed the course.
public struct GroupCompleted: DomainEvent, Equatable {
    public static let type = EventType("enrolment.group.completed", version: 1)

    public struct Finisher: Codable, Sendable, Equatable {
        public var listenerId: String
        /// The candidate's id at intake.
        public var candidateId: String
        public var fullName: String

        public init(listenerId: String, candidateId: String, fullName: String) {
            self.listenerId = listenerId
            self.candidateId = candidateId
            self.fullName = fullName
        }
    }

    public var groupId: String
    public var groupCode: String
    public var programmeCode: String
    /// `yyyy-MM-dd`
    public var completedOn: String
    public var listeners: [Finisher]

    public var subject: String { groupId }

    public init(groupId: String, groupCode: String, programmeCode: String, completedOn: String, listeners: [Finisher]) {
        self.groupId = groupId
        self.groupCode = groupCode
        self.programmeCode = programmeCode
        self.completedOn = completedOn
        self.listeners = listeners
    }
}

/// A listener moves to another group of the same programme by a rector's order: a transfer to
/// another stream of the same calendar year (regulation 7.4.3), or the return of one whose
/// course was interrupted (7.4.4), who keeps the modules already completed. The listener keeps
/// their id, so what assessment holds of them stays theirs.
public struct ListenerTransferred: DomainEvent, Equatable {
    public static let type = EventType("enrolment.listener.transferred", version: 1)

    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// 7.4.3: to another stream within the year.
        case transfer
        /// 7.4.4: back to study after an interruption.
        case resumption
    }

    public var listenerId: String
    /// The candidate's id at intake.
    public var candidateId: String
    public var kind: Kind
    public var programmeCode: String
    public var fromGroupId: String
    public var toGroupId: String
    public var toGroupCode: String
    /// The valid reason recorded for the move.
    public var reason: String
    /// The modules completed before the move, which are not studied again (7.4.4).
    public var completedModules: [String]
    public var orderNumber: String
    /// `yyyy-MM-dd`
    public var movedOn: String

    public var subject: String { listenerId }

    public init(listenerId: String, candidateId: String, kind: Kind, programmeCode: String, fromGroupId: String, toGroupId: String,
                toGroupCode: String, reason: String, completedModules: [String], orderNumber: String, movedOn: String) {
        self.listenerId = listenerId
        self.candidateId = candidateId
        self.kind = kind
        self.programmeCode = programmeCode
        self.fromGroupId = fromGroupId
        self.toGroupId = toGroupId
        self.toGroupCode = toGroupCode
        self.reason = reason
        self.completedModules = completedModules
        self.orderNumber = orderNumber
        self.movedOn = movedOn
    }
}

/// A listener's course is interrupted for a valid reason, on supporting documents (regulation
/// 7.4.4). They hold no place until they resume in another group (`enrolment.listener.transferred`
/// of kind `resumption`); assessment holds their results meanwhile.
public struct ListenerInterrupted: DomainEvent, Equatable {
    public static let type = EventType("enrolment.listener.interrupted", version: 1)

    public var listenerId: String
    /// The candidate's id at intake.
    public var candidateId: String
    public var groupId: String
    public var reason: String
    /// The modules completed before the interruption.
    public var completedModules: [String]
    /// `yyyy-MM-dd`
    public var interruptedOn: String

    public var subject: String { listenerId }

    public init(listenerId: String, candidateId: String, groupId: String, reason: String, completedModules: [String],
                interruptedOn: String) {
        self.listenerId = listenerId
        self.candidateId = candidateId
        self.groupId = groupId
        self.reason = reason
        self.completedModules = completedModules
        self.interruptedOn = interruptedOn
    }
}
