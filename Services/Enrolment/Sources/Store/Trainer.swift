import EventContracts
import Foundation
import GRDB
import Hummingbird
import ServiceKit
import Storage

/// Someone who teaches the centre's courses (regulation 5). A trainer is recorded with what
/// the rules ask of them; whether they may teach is decided when they are assigned to a group
/// (`TrainerRules`), on that group's dates.
public struct Trainer: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord, ResponseEncodable {
    public var id: String
    public var fullName: String
    public var category: Category
    public var engagement: Engagement
    /// Evidence of being a certified trainer (2.9): required of an external trainer (5.1.5).
    public var certification: Certification?
    /// Years of work in industry; an industry specialist needs at least 3 (5.1.2).
    public var industryExperienceYears: Int
    /// The service contract or the addendum to an employment contract (5.1.6).
    public var contract: Contract?
    public var createdAt: Date
    public var updatedAt: Date

    public static let databaseTableName = "trainer"

    /// Who may teach (5.1.1–5.1.4).
    public enum Category: String, Codable, Sendable, CaseIterable {
        /// 5.1.1 A teacher experienced in the programme's field.
        case subjectTeacher = "subject-teacher"
        /// 5.1.2 An industry specialist with at least three years' experience.
        case industrySpecialist = "industry-specialist"
        /// 5.1.3 A member of the university's teaching staff.
        case universityStaff = "university-staff"
        /// 5.1.4 A methodologist, practitioner, or industry or employer representative paid by the hour.
        case hourlyPractitioner = "hourly-practitioner"
    }

    /// Internal (on the centre's staff) or external (invited, 5.1.5).
    public enum Engagement: String, Codable, Sendable, CaseIterable {
        case `internal`, external
    }

    public struct Certification: Codable, Sendable, Equatable {
        public var number: String
        public var issuer: String
        public var issuedOn: CalendarDate
    }

    public struct Contract: Codable, Sendable, Equatable {
        public enum Kind: String, Codable, Sendable, CaseIterable {
            case serviceContract = "service-contract"
            case employmentAddendum = "employment-addendum"
        }

        public var kind: Kind
        public var number: String
        /// Both days included.
        public var validFrom: CalendarDate
        public var validUntil: CalendarDate
    }
}

extension Trainer {
    static func existing(_ id: String, in db: Database) throws -> Trainer {
        guard let trainer = try Trainer.fetchOne(db, key: id) else { throw NotFound(StoreText.noTrainer) }
        return trainer
    }

    /// The trainers assigned to a group, by name.
    static func assigned(to groupId: String, in db: Database) throws -> [Trainer] {
        try Trainer.filter(sql: "id IN (SELECT trainerId FROM groupTrainer WHERE groupId = ?)", arguments: [groupId])
            .order(Column("fullName")).fetchAll(db)
    }
}

extension Trainer {
    /// Trainers by name.
    static func list(in db: Database) throws -> [Trainer] {
        try Trainer.order(Column("fullName")).fetchListing(db)
    }
}
