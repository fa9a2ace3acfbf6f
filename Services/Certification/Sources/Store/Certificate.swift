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
    /// What the QR code carries, for the public check (`VerificationCode`).
    public var verificationCode: String
    /// What the certificate's appendix prints (Appendix 4): the programme's titles, the hours and
    /// each module's grade. Nil for a certificate issued on a pass of version 1, which had none.
    public var appendix: Appendix?

    public static let databaseTableName = "certificate"

    public struct Appendix: Codable, Sendable, Equatable {
        public var titleKk: String
        public var titleRu: String
        public var totalHours: Int
        public var modules: [ListenerPassed.Module]
        public var finalAssessment: ListenerPassed.FinalAssessment
    }
}

extension Certificate {
    static let notFound = NotFound(Localized(kk: "Сертификат табылмады", ru: "Сертификат не найден", en: "No such certificate"))

    static func existing(code: String, in db: Database) throws -> Certificate {
        guard let certificate = try Certificate.filter(Column("verificationCode") == code).fetchOne(db) else { throw notFound }
        return certificate
    }

    static func find(number: String, in db: Database) throws -> Certificate? {
        try Certificate.filter(Column("registrationNumber") == number).fetchOne(db)
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
