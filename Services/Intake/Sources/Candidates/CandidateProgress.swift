import EventContracts
import Foundation
import GRDB

/// A candidate's way through the other services, as their events report it: admitted,
/// completed, certified or expelled. Events arrive in any order; a status only moves forward
/// (`Candidate.Status.advanced(to:)`).
enum CandidateProgress {
    /// The candidate enrolment admitted, now known by their listener id as well.
    static func admitted(_ admitted: ListenerAdmitted, in db: Database) throws {
        guard var candidate = try Candidate.fetchOne(db, key: admitted.candidateId) else { return }
        candidate.listenerId = admitted.listenerId
        try report(.admitted, for: &candidate, in: db)
    }

    /// A listener intake does not know yet was admitted by an event still on its way (or
    /// parked): this one fails, is retried, and is parked in the end for an operator to replay
    /// after the admission, rather than being dropped.
    static func report(_ status: Candidate.Status, forListener listenerId: String, in db: Database) throws {
        guard var candidate = try Candidate.find(listener: listenerId, in: db) else { throw UnknownListener(listenerId: listenerId) }
        try report(status, for: &candidate, in: db)
    }

    struct UnknownListener: Error, CustomStringConvertible {
        var listenerId: String
        var description: String { "no candidate was admitted as listener \(listenerId) yet" }
    }

    static func report(_ status: Candidate.Status, for candidate: inout Candidate, in db: Database) throws {
        candidate.status = candidate.status.advanced(to: status)
        candidate.updatedAt = Date()
        try candidate.update(db)
    }
}
