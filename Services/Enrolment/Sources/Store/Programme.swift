import EventContracts
import Foundation
import GRDB
import Hummingbird
import ServiceKit
import Storage

/// An educational programme (regulation 2.12–2.15): what a course teaches, in modules, for how
/// many academic hours. Written by its programme leader (4.7) as a draft, approved by the
/// centre's decision before any group studies it (4.8), retired when no longer offered.
public struct Programme: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord, ResponseEncodable {
    public var id: String
    public var code: String
    public var titleKk: String
    public var titleRu: String
    /// The programme leader who wrote it and answers for it (4.7).
    public var leader: String
    /// Where the leader's mail goes: follow-up's reminders of their plans (8.2). Nil when none was given.
    public var leaderEmail: String?
    /// Who recorded the draft (a token's subject).
    public var authorId: String
    public var outcomes: [String]
    public var modules: [Module]
    /// Academic hours of 50 minutes (4.9); the modules' hours add up to it.
    public var hours: Int
    public var kind: Kind
    public var form: Form
    public var arrangement: Arrangement
    public var status: Status
    public var approval: Approval?
    public var createdAt: Date
    public var updatedAt: Date

    public static let databaseTableName = "programme"

    public typealias Kind = ProgrammeKind
    public typealias Form = StudyForm

    /// A part of the programme with its own content, hours and forms of assessment (2.13).
    public struct Module: Codable, Sendable, Equatable {
        public var name: String
        public var hours: Int
        public var content: String
        /// How the module is assessed: a test, a project defence, a portfolio...
        public var assessmentForms: [String]
    }

    /// 2.16, 4.10: whether the teacher keeps working, takes leave with salary kept, studies
    /// abroad (up to a year), or a mix.
    public enum Arrangement: String, Codable, Sendable, CaseIterable {
        case withoutLeavingWork = "without-leaving-work"
        case withLeave = "with-leave"
        case abroad, blended
    }

    public enum Status: String, Codable, Sendable, CaseIterable {
        case draft, approved, retired
    }

    /// The decision that approved the programme (4.8): the academic council's minutes, say.
    public struct Approval: Codable, Sendable, Equatable {
        public var decision: String
        public var approvedOn: CalendarDate
        /// Who recorded the approval (a token's subject).
        public var recordedBy: String
    }
}

extension Programme {
    static func find(code: String, in db: Database) throws -> Programme? {
        try Programme.filter(Column("code") == code).fetchOne(db)
    }

    static func existing(code: String, in db: Database) throws -> Programme {
        guard let programme = try find(code: code, in: db) else { throw NotFound(StoreText.noProgramme) }
        return programme
    }
}

extension Programme {
    /// Programmes by code: those of one status, or all.
    static func list(status: Status?, in db: Database) throws -> [Programme] {
        var query = Programme.all().order(Column("code"))
        if let status { query = query.filter(Column("status") == status.rawValue) }
        return try query.fetchListing(db)
    }
}
