import Foundation

/// A certificate was issued and entered into the registry of graduates (regulation 7.3, 7.6).
public struct CertificateIssued: DomainEvent, Equatable {
    public static let type = EventType("certification.certificate.issued", version: 1)

    public var certificateId: String
    public var registrationNumber: String
    public var listenerId: String
    public var fullName: String
    public var programmeCode: String
    /// The certificate's date; follow-up runs one calendar year from it.
    public var issuedOn: CalendarDate

    public var subject: String { certificateId }

    public init(certificateId: String, registrationNumber: String, listenerId: String, fullName: String,
                programmeCode: String, issuedOn: CalendarDate) {
        self.certificateId = certificateId
        self.registrationNumber = registrationNumber
        self.listenerId = listenerId
        self.fullName = fullName
        self.programmeCode = programmeCode
        self.issuedOn = issuedOn
    }
}

/// Why a certificate was withdrawn: the two grounds the registry knows.
public enum RevocationReason: String, Codable, Sendable, CaseIterable {
    /// Issued by mistake: to a listener who had not passed, say.
    case issuedInError = "issued-in-error"
    case fraud
}

/// A certificate was revoked: it stays in the registry, and its public check says so from now on.
public struct CertificateRevoked: DomainEvent, Equatable {
    public static let type = EventType("certification.certificate.revoked", version: 1)

    public var certificateId: String
    public var registrationNumber: String
    public var listenerId: String
    public var reason: RevocationReason
    public var revokedOn: CalendarDate

    public var subject: String { certificateId }

    public init(certificateId: String, registrationNumber: String, listenerId: String, reason: RevocationReason,
                revokedOn: CalendarDate) {
        self.certificateId = certificateId
        self.registrationNumber = registrationNumber
        self.listenerId = listenerId
        self.reason = reason
        self.revokedOn = revokedOn
    }
}

/// A certificate was issued again under a new number (a corrected name, a lost original); the
/// one it replaces is superseded, not deleted. Not a new pass: the listener's follow-up goes on
/// from the first certificate's date.
public struct CertificateReissued: DomainEvent, Equatable {
    public static let type = EventType("certification.certificate.reissued", version: 1)

    public enum Reason: String, Codable, Sendable, CaseIterable {
        case correctedName = "corrected-name"
        case lostOriginal = "lost-original"
    }

    public var certificateId: String
    public var registrationNumber: String
    public var replacesCertificateId: String
    public var replacesRegistrationNumber: String
    public var listenerId: String
    public var fullName: String
    public var reason: Reason
    public var issuedOn: CalendarDate

    public var subject: String { certificateId }

    public init(certificateId: String, registrationNumber: String, replacesCertificateId: String,
                replacesRegistrationNumber: String, listenerId: String, fullName: String, reason: Reason, issuedOn: CalendarDate) {
        self.certificateId = certificateId
        self.registrationNumber = registrationNumber
        self.replacesCertificateId = replacesCertificateId
        self.replacesRegistrationNumber = replacesRegistrationNumber
        self.listenerId = listenerId
        self.fullName = fullName
        self.reason = reason
        self.issuedOn = issuedOn
    }
}
