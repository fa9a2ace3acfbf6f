import EventContracts
import Foundation
import GRDB
import Hummingbird
import ServiceKit
import Storage

/// An entry of the registry of graduates (regulation 7.6): what the certificate says, and what
/// has become of it since. Nothing is ever deleted: a revoked certificate stays revoked, and a
/// reissued one points to the certificate that replaced it.
public struct Certificate: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord, ResponseEncodable {
    public enum Status: String, Codable, Sendable, CaseIterable {
        case valid
        /// Withdrawn: issued in error, or obtained by fraud.
        case revoked
        /// Replaced by a reissued certificate (a corrected name, a lost original).
        case superseded
    }

    public var id: String
    public var registrationNumber: String
    public var listenerId: String
    /// The candidate's id at intake, by which certification knows the holder's sex and email.
    public var candidateId: String?
    public var groupId: String?
    public var fullName: String
    /// Known when intake sent it: the Russian sentence says «прошёл» or «прошла».
    public var sex: Sex?
    public var programmeCode: String
    public var issuedOn: CalendarDate
    /// The rector in office on the day of issue, whose name the certificate carries.
    public var rector: String?
    public var status: Status
    /// What the QR code carries, for the public check (`VerificationCode`).
    public var verificationCode: String
    /// The holder's own link to their PDF and credential, sent to them alone: the public check
    /// shows less than the certificate does (no grades), so the code it goes by cannot fetch it.
    public var holderCode: String
    /// What the certificate's appendix prints (Appendix 4): the programme's titles, the hours and
    /// each module's grade. Nil for a certificate issued on a pass of version 1, which had none.
    public var appendix: Appendix?
    /// The certificate this one replaces, when it is a reissue.
    public var reissueOf: String?
    /// The certificate that replaced this one.
    public var supersededBy: String?
    public var revocation: Revocation?
    /// Its bit in the credentials' revocation list (Bitstring Status List), drawn at random;
    /// nil for a certificate with no credential (issued on a pass of version 1).
    public var statusListIndex: Int?

    public static let databaseTableName = "certificate"

    public struct Appendix: Codable, Sendable, Equatable {
        public var titleKk: String
        public var titleRu: String
        public var totalHours: Int
        public var modules: [ListenerPassed.Module]
        public var finalAssessment: ListenerPassed.FinalAssessment
    }

    public struct Revocation: Codable, Sendable, Equatable {
        public typealias Reason = RevocationReason

        public var reason: Reason
        public var on: CalendarDate
        /// Staff's own words on why, for the registry only: never shown by the public check.
        public var note: String?
        public var by: String
    }
}

extension Certificate {
    static let notFound = NotFound(Localized(kk: "Сертификат табылмады", ru: "Сертификат не найден", en: "No such certificate"))

    static func existing(_ id: String, in db: Database) throws -> Certificate {
        guard let certificate = try Certificate.fetchOne(db, key: id) else { throw notFound }
        return certificate
    }

    static func existing(holderCode: String, in db: Database) throws -> Certificate {
        guard let certificate = try Certificate.filter(Column("holderCode") == holderCode).fetchOne(db) else { throw notFound }
        return certificate
    }

    static func existing(code: String, in db: Database) throws -> Certificate {
        guard let certificate = try Certificate.filter(Column("verificationCode") == code).fetchOne(db) else { throw notFound }
        return certificate
    }

    static func find(number: String, in db: Database) throws -> Certificate? {
        try Certificate.filter(Column("registrationNumber") == number).fetchOne(db)
    }

    /// The certificate first issued for `listenerId`'s pass, whatever became of it since.
    static func original(listenerId: String, in db: Database) throws -> Certificate? {
        // Asked for every pass: a statement prepared once, not a query built and compiled each time.
        try Certificate.fetchOne(db.cachedStatement(sql: "SELECT * FROM certificate WHERE listenerId = ? AND reissueOf IS NULL"),
                                 arguments: [listenerId])
    }
}
