import EventContracts
import Hummingbird

/// What anyone who scans the QR code may see, and no more: the name, the course, its hours, the
/// date, the number and whether it is valid. No IIN, no contact details, no internal ids.
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

    init(_ certificate: Certificate) {
        registrationNumber = certificate.registrationNumber
        fullName = certificate.fullName
        programmeCode = certificate.programmeCode
        titleKk = certificate.appendix?.titleKk
        titleRu = certificate.appendix?.titleRu
        hours = certificate.appendix?.totalHours
        issuedOn = certificate.issuedOn
        status = certificate.status
    }
}
