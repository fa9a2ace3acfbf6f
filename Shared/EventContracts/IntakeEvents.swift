import Foundation

/// A candidate's file is complete (every required paper verified, regulation 6.2) and the
/// centre has accepted the candidate for a programme. It carries what enrolment and the later
/// services need, and no more personal data: no IIN, no home address, no phone.
public struct CandidateAccepted: DomainEvent, Equatable {
    public static let type = EventType("intake.candidate.accepted", version: 2)

    /// Who is notified in writing if the listener is expelled (regulation 7.5): the
    /// sending organisation, or for an individual application the employer it names.
    public struct Employer: Codable, Sendable, Equatable {
        /// Intake's organisation id, when the organisation is registered there.
        public var organisationId: String?
        public var nameKk: String?
        public var nameRu: String?
        /// The official address notices go to.
        public var email: String
        /// For a printed copy sent by post.
        public var postalAddress: String?

        public init(organisationId: String?, nameKk: String?, nameRu: String?, email: String, postalAddress: String?) {
            self.organisationId = organisationId
            self.nameKk = nameKk
            self.nameRu = nameRu
            self.email = email
            self.postalAddress = postalAddress
        }
    }

    /// What the certificate needs of the teacher: their sex, for its Russian grammar («прошёл»,
    /// «прошла»), and their email, to send it to them. Certification alone keeps these.
    public struct Holder: Codable, Sendable, Equatable {
        public var sex: Sex?
        public var email: String?

        public init(sex: Sex?, email: String?) {
            self.sex = sex
            self.email = email
        }
    }

    public var candidateId: String
    /// The organisation's request the candidate came with; nil for an individual application.
    public var requestId: String?
    public var fullName: String
    public var programmeCode: String
    /// The language of instruction asked for.
    public var language: Language
    /// Who pays (regulation 1.9).
    public var funding: Funding
    public var employer: Employer
    /// Added within version 2: absent from an older intake.
    public var holder: Holder?
    public var acceptedAt: Date

    public var subject: String { candidateId }

    public init(candidateId: String, requestId: String?, fullName: String, programmeCode: String, language: Language,
                funding: Funding, employer: Employer, holder: Holder? = nil, acceptedAt: Date) {
        self.candidateId = candidateId
        self.requestId = requestId
        self.fullName = fullName
        self.programmeCode = programmeCode
        self.language = language
        self.funding = funding
        self.employer = employer
        self.holder = holder
        self.acceptedAt = acceptedAt
    }
}

/// Version 1, published by intake before candidates had documents and employers: kept so that
/// an enrolment upgraded first still admits what an older intake sends. Remove it once every
/// intake publishes version 2 and no version 1 event waits in a queue.
public struct CandidateAcceptedV1: DomainEvent, Equatable {
    public static let type = EventType("intake.candidate.accepted", version: 1)

    /// The candidate's id at intake (`applicationId` on the wire, as version 1 named it).
    public var candidateId: String
    public var fullName: String
    public var programmeCode: String
    public var employerEmail: String
    public var acceptedAt: Date

    public var subject: String { candidateId }

    private enum CodingKeys: String, CodingKey {
        case candidateId = "applicationId"
        case fullName, programmeCode, employerEmail, acceptedAt
    }

    public init(candidateId: String, fullName: String, programmeCode: String, employerEmail: String, acceptedAt: Date) {
        self.candidateId = candidateId
        self.fullName = fullName
        self.programmeCode = programmeCode
        self.employerEmail = employerEmail
        self.acceptedAt = acceptedAt
    }

    /// The same fact in version 2's terms, with what version 1 did not carry left at its
    /// least committal value.
    public var upgraded: CandidateAccepted {
        CandidateAccepted(candidateId: candidateId, requestId: nil, fullName: fullName, programmeCode: programmeCode,
                          language: .ru, funding: .employer,
                          employer: .init(organisationId: nil, nameKk: nil, nameRu: nil, email: employerEmail, postalAddress: nil),
                          acceptedAt: acceptedAt)
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

/// An organisation's entry in intake's register was corrected: a new official email or postal
/// address, say. Enrolment keeps its copy of the employer current, so that a notice of an
/// expulsion (7.5) goes where the organisation now wants it.
public struct OrganisationUpdated: DomainEvent, Equatable {
    public static let type = EventType("intake.organisation.updated", version: 1)

    public var organisationId: String
    public var nameKk: String
    public var nameRu: String
    /// The official address notices go to.
    public var email: String
    public var postalAddress: String
    /// When the entry was corrected: a copy keeps the latest, whatever order events arrive in.
    public var updatedAt: Date

    public var subject: String { organisationId }

    public init(organisationId: String, nameKk: String, nameRu: String, email: String, postalAddress: String, updatedAt: Date) {
        self.organisationId = organisationId
        self.nameKk = nameKk
        self.nameRu = nameRu
        self.email = email
        self.postalAddress = postalAddress
        self.updatedAt = updatedAt
    }
}
