import Foundation

/// A listener passed the final assessment (regulation 7.1–7.3). It carries what certification
/// needs to issue the certificate, so certification does not depend on enrolment's timing.
public struct ListenerPassed: DomainEvent, Equatable {
    public static let type = EventType("assessment.listener.passed", version: 1)

    public var listenerId: String
    public var fullName: String
    public var programmeCode: String
    /// The final score, 0–100.
    public var score: Int
    /// The day of the assessment.
    public var assessedOn: CalendarDate

    public var subject: String { listenerId }

    public init(listenerId: String, fullName: String, programmeCode: String, score: Int, assessedOn: CalendarDate) {
        self.listenerId = listenerId
        self.fullName = fullName
        self.programmeCode = programmeCode
        self.score = score
        self.assessedOn = assessedOn
    }
}
