import EventContracts
import Foundation
import GRDB
import Hummingbird
import ServiceKit

/// One assessment of a listener: the first, with their group, or a reassessment (7.4.1–7.4.2).
/// It is decided once: passed or failed, with the weighted score, on a day.
public struct Attempt: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord, ResponseEncodable {
    public var listenerId: String
    /// 1 for the first, then 2, 3 …
    public var number: Int
    public var kind: Kind
    /// The group it is taken with: the listener's own, or for a reassessment with the next
    /// stream, that stream's group.
    public var groupId: String
    public var openedOn: CalendarDate
    /// Who opened a reassessment (a token's subject); nil for the first attempt.
    public var openedBy: String?
    public var result: FinalResult?
    public var score: Int?
    public var decidedOn: CalendarDate?
    /// Who decided it: a token's subject, or `enrolment.group.completed`.
    public var decidedBy: String?

    public static let databaseTableName = "attempt"

    public enum Kind: String, Codable, Sendable, CaseIterable {
        case first
        /// 7.4.1: once within a year of the failed attempt.
        case withinAYear = "within-a-year"
        /// 7.4.2: with the next stream of the same course.
        case nextStream = "next-stream"
    }

    var isDecided: Bool { result != nil }
}

public enum FinalResult: String, Codable, Sendable, CaseIterable {
    case passed, failed
}

extension Attempt.Kind: DatabaseValueConvertible {}
extension FinalResult: DatabaseValueConvertible {}

extension Attempt {
    /// A listener's attempts, the first first.
    static func all(of listenerId: String, in db: Database) throws -> [Attempt] {
        try Attempt.filter(Column("listenerId") == listenerId).order(Column("number")).fetchAll(db)
    }

    /// The listener's latest attempt: the one being taken, or the last decided.
    static func current(of listenerId: String, in db: Database) throws -> Attempt {
        guard let attempt = try Attempt.filter(Column("listenerId") == listenerId).order(Column("number").desc).fetchOne(db) else {
            throw NotFound(StoreText.noListener)
        }
        return attempt
    }

    /// The ids of the listeners reassessed with the group (7.4.2), though it is not theirs.
    static func reassessed(with groupId: String) -> QueryInterfaceRequest<String> {
        Attempt.filter(Column("groupId") == groupId && Column("kind") == Kind.nextStream).select(Column("listenerId"), as: String.self)
    }

    /// The listener's latest decided attempt: their result, if they have one.
    static func lastDecided(of listenerId: String, in db: Database) throws -> Attempt? {
        try Attempt.filter(Column("listenerId") == listenerId && Column("result") != nil).order(Column("number").desc).fetchOne(db)
    }
}
