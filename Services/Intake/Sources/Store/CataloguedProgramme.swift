import EventContracts
import Foundation
import GRDB
import Hummingbird

/// Intake's copy of a programme enrolment approved (4.8): what an organisation may ask for.
/// Kept from enrolment's events, so that intake judges a request while enrolment is down.
public struct CataloguedProgramme: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord, ResponseEncodable {
    public enum Status: String, Codable, Sendable, CaseIterable { case approved, retired }

    public var code: String
    public var titleKk: String?
    public var titleRu: String?
    public var hours: Int?
    public var kind: ProgrammeKind?
    public var status: Status
    public var updatedAt: Date

    public static let databaseTableName = "programme"
}

extension CataloguedProgramme {
    /// Whether a request or an application may name `code`: an approved programme, not retired.
    static func isOpen(_ code: String, in db: Database) throws -> Bool {
        try CataloguedProgramme.fetchOne(db, key: code)?.status == .approved
    }

    static func open(in db: Database) throws -> [CataloguedProgramme] {
        try CataloguedProgramme.filter(Column("status") == Status.approved.rawValue).order(Column("code")).fetchAll(db)
    }
}
