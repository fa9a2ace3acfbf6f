import Foundation
import GRDB

/// A grade changed after it was entered: who changed it, when, from what, to what, and why.
/// Corrections are only ever added; the history of a grade is its corrections in order.
public struct GradeCorrection: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    public var listenerId: String
    public var attempt: Int
    public var part: PlanPart
    /// The grade as it was and as it is: points (`87`) or `pass` / `fail`, the day, and an
    /// external assessment's body and assessor: `87, 2026-09-20`.
    public var before: String
    public var after: String
    public var reason: String
    public var correctedBy: String
    public var correctedAt: Date

    public static let databaseTableName = "gradeCorrection"

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension GradeCorrection {
    static func all(of listenerId: String, in db: Database) throws -> [GradeCorrection] {
        try GradeCorrection.filter(Column("listenerId") == listenerId).order(Column("id")).fetchAll(db)
    }
}
