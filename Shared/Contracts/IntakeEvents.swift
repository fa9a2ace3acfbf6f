import Foundation

/// A candidate's file is complete and the centre has accepted the candidate for a programme.
/// It carries what enrolment and the later services need and no more personal data: no IIN,
/// no address, no phone.
public struct CandidateAccepted: DomainEvent, Equatable {
    public static let type = EventType("intake.candidate.accepted", version: 1)

    public var applicationId: String
    public var fullName: String
    public var programmeCode: String
    /// Where a written notice to the employer goes (regulation 7.5).
    public var employerEmail: String
    public var acceptedAt: Date

    public var subject: String { applicationId }

    public init(applicationId: String, fullName: String, programmeCode: String, employerEmail: String, acceptedAt: Date) {
        self.applicationId = applicationId
        self.fullName = fullName
        self.programmeCode = programmeCode
        self.employerEmail = employerEmail
        self.acceptedAt = acceptedAt
    }
}
