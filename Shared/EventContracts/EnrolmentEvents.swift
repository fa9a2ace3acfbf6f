import Foundation

/// A group's stream of the annual schedule (4.4) and its dates, both days included: within them
/// the group studies, and its final assessment falls in their last days (7.1).
public struct StreamDates: Codable, Sendable, Equatable {
    public var streamId: String
    public var startsOn: CalendarDate
    public var endsOn: CalendarDate

    public init(streamId: String, startsOn: CalendarDate, endsOn: CalendarDate) {
        self.streamId = streamId
        self.startsOn = startsOn
        self.endsOn = endsOn
    }
}

/// A listener is admitted to a group: placed in it from the waiting list (regulation 4.2), to
/// be named in its admission order (4.3).
public struct ListenerAdmitted: DomainEvent, Equatable {
    public static let type = EventType("enrolment.listener.admitted", version: 1)

    public var listenerId: String
    /// The candidate's id at intake.
    public var candidateId: String
    public var fullName: String
    public var programmeCode: String
    public var groupId: String
    public var groupCode: String
    /// The group's stream (added within version 1: absent from an older enrolment, and for a
    /// group planned without a stream).
    public var stream: StreamDates?
    public var admittedAt: Date

    public var subject: String { listenerId }

    public init(listenerId: String, candidateId: String, fullName: String, programmeCode: String,
                groupId: String, groupCode: String, stream: StreamDates? = nil, admittedAt: Date) {
        self.listenerId = listenerId
        self.candidateId = candidateId
        self.fullName = fullName
        self.programmeCode = programmeCode
        self.groupId = groupId
        self.groupCode = groupCode
        self.stream = stream
        self.admittedAt = admittedAt
    }

    private enum CodingKeys: String, CodingKey {
        case listenerId, candidateId, fullName, programmeCode, groupId, groupCode, stream, admittedAt
        /// What `candidateId` was called before: still written, so that a consumer not yet
        /// upgraded reads it, and read from a producer not yet upgraded. Drop it once none is left.
        case applicationId
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        listenerId = try container.decode(String.self, forKey: .listenerId)
        candidateId = try container.decodeIfPresent(String.self, forKey: .candidateId)
            ?? container.decode(String.self, forKey: .applicationId)
        fullName = try container.decode(String.self, forKey: .fullName)
        programmeCode = try container.decode(String.self, forKey: .programmeCode)
        groupId = try container.decode(String.self, forKey: .groupId)
        groupCode = try container.decode(String.self, forKey: .groupCode)
        stream = try container.decodeIfPresent(StreamDates.self, forKey: .stream)
        admittedAt = try container.decode(Date.self, forKey: .admittedAt)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(listenerId, forKey: .listenerId)
        try container.encode(candidateId, forKey: .candidateId)
        try container.encode(candidateId, forKey: .applicationId)
        try container.encode(fullName, forKey: .fullName)
        try container.encode(programmeCode, forKey: .programmeCode)
        try container.encode(groupId, forKey: .groupId)
        try container.encode(groupCode, forKey: .groupCode)
        try container.encodeIfPresent(stream, forKey: .stream)
        try container.encode(admittedAt, forKey: .admittedAt)
    }
}

/// A listener is expelled by a rector's order (regulation 7.5) for a breach of the contract.
/// The employer's written notice is enrolment's to send; intake shows the candidate expelled.
public struct ListenerExpelled: DomainEvent, Equatable {
    public static let type = EventType("enrolment.listener.expelled", version: 1)

    public var listenerId: String
    /// The candidate's id at intake.
    public var candidateId: String
    public var groupId: String
    public var reason: ExpulsionReason
    /// The rector's expulsion order.
    public var orderNumber: String
    public var expelledOn: CalendarDate

    public var subject: String { listenerId }

    public init(listenerId: String, candidateId: String, groupId: String, reason: ExpulsionReason, orderNumber: String,
                expelledOn: CalendarDate) {
        self.listenerId = listenerId
        self.candidateId = candidateId
        self.groupId = groupId
        self.reason = reason
        self.orderNumber = orderNumber
        self.expelledOn = expelledOn
    }

    /// The same fact under its former name, published beside it for consumers not yet upgraded.
    public var legacy: ListenerDismissed {
        ListenerDismissed(listenerId: listenerId, candidateId: candidateId, groupId: groupId, reason: reason,
                          orderNumber: orderNumber, dismissedOn: expelledOn)
    }
}

/// `enrolment.listener.expelled` under the name it had before expulsion had one word in the
/// code. Enrolment publishes it beside `ListenerExpelled` until every consumer reads the new
/// one; then it goes, with its sample.
public struct ListenerDismissed: DomainEvent, Equatable {
    public static let type = EventType("enrolment.listener.dismissed", version: 1)

    public var listenerId: String
    public var candidateId: String
    public var groupId: String
    public var reason: ExpulsionReason
    public var orderNumber: String
    public var dismissedOn: CalendarDate

    public var subject: String { listenerId }

    public init(listenerId: String, candidateId: String, groupId: String, reason: ExpulsionReason, orderNumber: String,
                dismissedOn: CalendarDate) {
        self.listenerId = listenerId
        self.candidateId = candidateId
        self.groupId = groupId
        self.reason = reason
        self.orderNumber = orderNumber
        self.dismissedOn = dismissedOn
    }
}

/// A programme is approved (regulation 4.8) and may take groups. Carries what intake (which
/// programmes may be asked for), assessment (modules and their forms of assessment),
/// certification (titles and hours in both languages) and follow-up (the programme leader)
/// need, so that none of them asks enrolment.
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
    /// Who wrote the programme and answers for it (4.7): a token's subject. A programme leader
    /// acts only on their own programmes. Added within version 1: absent from an older enrolment.
    public var leaderId: String?
    /// Where the programme leader's mail goes (follow-up reminds them of quiet plans, 8.2).
    /// Added within version 1: absent from an older enrolment, and when none was given.
    public var leaderEmail: String?
    /// Academic hours (50 minutes each).
    public var hours: Int
    public var kind: ProgrammeKind
    public var form: StudyForm
    public var modules: [Module]
    /// The approving decision's reference.
    public var decision: String
    public var approvedOn: CalendarDate

    public var subject: String { code }

    public init(programmeId: String, code: String, titleKk: String, titleRu: String, leader: String, leaderId: String? = nil,
                leaderEmail: String? = nil, hours: Int, kind: ProgrammeKind, form: StudyForm, modules: [Module], decision: String, approvedOn: CalendarDate) {
        self.programmeId = programmeId
        self.code = code
        self.titleKk = titleKk
        self.titleRu = titleRu
        self.leader = leader
        self.leaderId = leaderId
        self.leaderEmail = leaderEmail
        self.hours = hours
        self.kind = kind
        self.form = form
        self.modules = modules
        self.decision = decision
        self.approvedOn = approvedOn
    }
}

/// An approved programme is retired: no new group studies it, and intake takes no request for it.
public struct ProgrammeRetired: DomainEvent, Equatable {
    public static let type = EventType("enrolment.programme.retired", version: 1)

    public var programmeId: String
    public var code: String
    public var retiredAt: Date

    public var subject: String { code }

    public init(programmeId: String, code: String, retiredAt: Date) {
        self.programmeId = programmeId
        self.code = code
        self.retiredAt = retiredAt
    }
}

/// A group's course has ended (regulation 4.4): who finished it, that is every listener an
/// admission order placed in the group who still studies there (not expelled, withdrawn,
/// interrupted or moved away). Assessment decides their results from it (7.1–7.2).
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
    public var completedOn: CalendarDate
    public var listeners: [Finisher]

    public var subject: String { groupId }

    public init(groupId: String, groupCode: String, programmeCode: String, completedOn: CalendarDate, listeners: [Finisher]) {
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
    /// The new group's stream (added within version 1: absent from an older enrolment).
    public var toStream: StreamDates?
    /// The valid reason recorded for the move.
    public var reason: String
    /// The modules completed before the move, which are not studied again (7.4.4).
    public var completedModules: [String]
    public var orderNumber: String
    public var movedOn: CalendarDate

    public var subject: String { listenerId }

    public init(listenerId: String, candidateId: String, kind: Kind, programmeCode: String, fromGroupId: String, toGroupId: String,
                toGroupCode: String, toStream: StreamDates? = nil, reason: String, completedModules: [String], orderNumber: String,
                movedOn: CalendarDate) {
        self.listenerId = listenerId
        self.candidateId = candidateId
        self.kind = kind
        self.programmeCode = programmeCode
        self.fromGroupId = fromGroupId
        self.toGroupId = toGroupId
        self.toGroupCode = toGroupCode
        self.toStream = toStream
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
    public var interruptedOn: CalendarDate

    public var subject: String { listenerId }

    public init(listenerId: String, candidateId: String, groupId: String, reason: String, completedModules: [String],
                interruptedOn: CalendarDate) {
        self.listenerId = listenerId
        self.candidateId = candidateId
        self.groupId = groupId
        self.reason = reason
        self.completedModules = completedModules
        self.interruptedOn = interruptedOn
    }
}

/// A trainer is assigned to a group (regulation 5): from then on they assess its listeners.
/// It carries the group's programme and its stream's dates, so that assessment knows when the
/// group studies and which stream comes next (7.4.2) without asking enrolment. A trainer's
/// token names their `trainerId` as its subject.
public struct TrainerAssigned: DomainEvent, Equatable {
    public static let type = EventType("enrolment.trainer.assigned", version: 1)

    public var trainerId: String
    public var fullName: String
    public var groupId: String
    public var groupCode: String
    public var programmeCode: String
    /// The group's stream; nil for a group planned without one.
    public var stream: StreamDates?
    public var assignedOn: CalendarDate

    public var subject: String { groupId }

    public init(trainerId: String, fullName: String, groupId: String, groupCode: String, programmeCode: String,
                stream: StreamDates?, assignedOn: CalendarDate) {
        self.trainerId = trainerId
        self.fullName = fullName
        self.groupId = groupId
        self.groupCode = groupCode
        self.programmeCode = programmeCode
        self.stream = stream
        self.assignedOn = assignedOn
    }
}
