import EventContracts
import Foundation
import GRDB
import Hummingbird
import Storage

/// An accepted candidate for whom no group of their programme and language has a place yet
/// (4.2). They keep their place in the line: `position` only grows, so whoever joined first
/// is placed first.
public struct WaitingCandidate: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord, ResponseEncodable {
    public var candidateId: String
    public var position: Int
    public var programmeCode: String
    /// The language of instruction asked for.
    public var language: Language
    /// All intake said of the candidate: what the listener record is made of once placed.
    public var candidate: CandidateAccepted
    public var joinedAt: Date

    public static let databaseTableName = "waitingCandidate"
}

extension WaitingCandidate {
    /// Puts `candidate` at the end of the line.
    @discardableResult
    static func join(_ candidate: CandidateAccepted, at now: Date, in db: Database) throws -> WaitingCandidate {
        let position = try Int.fetchOne(db, sql: "SELECT IFNULL(MAX(position), 0) + 1 FROM waitingCandidate") ?? 1
        let waiting = WaitingCandidate(candidateId: candidate.candidateId, position: position, programmeCode: candidate.programmeCode,
                                       language: candidate.language, candidate: candidate, joinedAt: now)
        try waiting.insert(db)
        return waiting
    }

    /// Who waits for a group of `programmeCode` taught in `language`, first in line first.
    static func line(programmeCode: String, language: Language, in db: Database) throws -> [WaitingCandidate] {
        try WaitingCandidate.filter(Column("programmeCode") == programmeCode && Column("language") == language)
            .order(Column("position")).fetchAll(db)
    }
}

extension CandidateAccepted: ResponseEncodable {}

/// A candidate intake reported withdrawn: remembered so that their acceptance, arriving late or
/// replayed from the parking queue, does not put them back in line.
struct WithdrawnCandidate: Codable, FetchableRecord, PersistableRecord {
    var candidateId: String
    var withdrawnAt: Date

    static let databaseTableName = "withdrawnCandidate"
}

extension WaitingCandidate {
    /// The waiting list in its order: for one programme, or all.
    static func list(programmeCode: String?, in db: Database) throws -> [WaitingCandidate] {
        var query = WaitingCandidate.order(Column("position"))
        if let programmeCode { query = query.filter(Column("programmeCode") == programmeCode) }
        return try query.fetchListing(db)
    }
}
