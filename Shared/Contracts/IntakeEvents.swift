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

/// A candidate left: the application or the organisation's request was withdrawn (or one
/// teacher taken off it). Enrolment frees the place the candidate held, if any.
public struct CandidateWithdrawn: DomainEvent, Equatable {
    public static let type = EventType("intake.candidate.withdrawn", version: 1)

    public var candidateId: String
    /// The organisation's request the candidate came with, if any.
    public var requestId: String?
    public var reason: String
    public var withdrawnAt: Date

    public var subject: String { candidateId }

    public init(candidateId: String, requestId: String?, reason: String, withdrawnAt: Date) {
        self.candidateId = candidateId
        self.requestId = requestId
        self.reason = reason
        self.withdrawnAt = withdrawnAt
    }
}
