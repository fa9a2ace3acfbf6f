import EventContracts
import Foundation
import GRDB
import Hummingbird

/// An entry of the registry of graduates (regulation 7.6).
public struct Certificate: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord, ResponseEncodable {
    public enum Status: String, Codable, Sendable, CaseIterable { case valid, revoked }

    public var id: String
    public var registrationNumber: String
    public var listenerId: String
    public var fullName: String
    public var programmeCode: String
    public var issuedOn: CalendarDate
    public var status: Status

    public static let databaseTableName = "certificate"
}

/// What anyone who scans the QR code may see, and no more: no IIN, no contact details.
public struct PublicCertificate: Codable, Sendable, Equatable, ResponseEncodable {
    public var registrationNumber: String
    public var fullName: String
    public var programmeCode: String
    public var issuedOn: CalendarDate
    public var status: Certificate.Status

    init(_ certificate: Certificate) {
        registrationNumber = certificate.registrationNumber
        fullName = certificate.fullName
        programmeCode = certificate.programmeCode
        issuedOn = certificate.issuedOn
        status = certificate.status
    }
}
