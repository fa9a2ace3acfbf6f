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
