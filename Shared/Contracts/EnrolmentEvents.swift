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
