import EventContracts
import Foundation
import GRDB
import Hummingbird
import ServiceKit
import Storage

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

extension Certificate {
    static func existing(number: String, in db: Database) throws -> Certificate {
        guard let certificate = try Certificate.filter(Column("registrationNumber") == number).fetchOne(db) else {
            throw NotFound(Localized(kk: "Сертификат табылмады", ru: "Сертификат не найден", en: "No such certificate"))
        }
        return certificate
    }
}

extension Certificate {
    /// The registry by number: one listener's certificates, or all.
    static func list(listenerId: String?, in db: Database) throws -> [Certificate] {
        var query = Certificate.all().order(Column("registrationNumber"))
        if let listenerId { query = query.filter(Column("listenerId") == listenerId) }
        return try query.fetchListing(db)
    }
}
