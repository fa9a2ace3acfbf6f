import EventContracts
import Hummingbird

/// What anyone who scans the QR code may see, and no more: the name, the course, its hours, the
/// date, the number and whether it stands. No IIN, no contact details, no grades, no internal
/// ids; of a revocation only its day and its kind, never staff's note.
public struct PublicCertificate: Codable, Sendable, Equatable, ResponseEncodable {
    public var registrationNumber: String
    public var fullName: String
    public var programmeCode: String
    /// The course's titles and hours, where the pass carried them (not on a version 1 pass).
    public var titleKk: String?
    public var titleRu: String?
    public var hours: Int?
    public var issuedOn: CalendarDate
    public var status: Certificate.Status
    public var revokedOn: CalendarDate?
    public var revocationReason: Certificate.Revocation.Reason?
    /// For a superseded certificate: the public check of the one that replaced it.
    public var replacedBy: String?

    init(_ certificate: Certificate, replacement: String? = nil) {
        registrationNumber = certificate.registrationNumber
        fullName = certificate.fullName
        programmeCode = certificate.programmeCode
        titleKk = certificate.appendix?.titleKk
        titleRu = certificate.appendix?.titleRu
        hours = certificate.appendix?.totalHours
        issuedOn = certificate.issuedOn
        status = certificate.status
        revokedOn = certificate.revocation?.on
        revocationReason = certificate.revocation?.reason
        replacedBy = replacement
    }
}

/// Whether a file someone dropped on the check page is a certificate as it was issued.
public struct PublicFileCheck: Codable, Sendable, Equatable, ResponseEncodable {
    /// True when the file is byte for byte one the registry issued.
    public var issued: Bool
    public var certificate: PublicCertificate?
}
