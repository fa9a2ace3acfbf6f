import EventContracts
import Foundation
import GRDB

/// A listener's grade for one part of the plan in one attempt: points on the letter scale, or
/// pass or fail. A grade is changed only by a correction, which keeps the old value
/// (`GradeCorrection`).
public struct Grade: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public var listenerId: String
    public var attempt: Int
    public var part: PlanPart
    /// 0–100 on the letter scale; nil for a pass/fail part.
    public var points: Int?
    public var passed: Bool
    public var assessedOn: CalendarDate
    /// For an external final assessment (2.10): the body that held it, and its assessor.
    public var externalBody: String?
    public var assessor: String?
    /// Who entered it (a token's subject), and when.
    public var enteredBy: String
    public var enteredAt: Date

    public static let databaseTableName = "grade"
}

extension Grade {
    /// Every grade of a listener, in every attempt.
    static func all(of listenerId: String, in db: Database) throws -> [Grade] {
        try Grade.filter(Column("listenerId") == listenerId).order(Column("attempt"), Column("part")).fetchAll(db)
    }

    static func find(_ listenerId: String, attempt: Int, part: PlanPart, in db: Database) throws -> Grade? {
        try Grade.filter(Column("listenerId") == listenerId && Column("attempt") == attempt && Column("part") == part).fetchOne(db)
    }
}
