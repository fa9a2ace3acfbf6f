import EventContracts
import Foundation
import GRDB
import Messaging

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

    /// The listener's news, once intake knows whom enrolment admitted as them; until then
    /// (the admission still on its way, or parked) it waits (`NotYetKnown`).
    static func report(_ status: Candidate.Status, forListener listenerId: String, in db: Database) throws {
        var candidate = try admitted(as: listenerId, in: db)
        try report(status, for: &candidate, in: db)
    }

    /// The candidate admitted as `listenerId`; until intake has heard of the admission, the
    /// event that names the listener waits (`NotYetKnown`).
    static func admitted(as listenerId: String, in db: Database) throws -> Candidate {
        guard let candidate = try Candidate.find(listener: listenerId, in: db) else {
            throw NotYetKnown("the candidate admitted as listener \(listenerId)")
        }
        return candidate
    }

    static func report(_ status: Candidate.Status, for candidate: inout Candidate, in db: Database) throws {
        candidate.status = candidate.status.advanced(to: status)
        candidate.updatedAt = Date()
        try candidate.update(db)
    }
}
