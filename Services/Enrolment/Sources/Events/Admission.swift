import EventContracts
import Foundation
import GRDB
import Messaging
import ServiceKit
import Storage

/// What enrolment does with intake's news: an accepted candidate joins the waiting list and is
/// placed at once if a group of their programme and language has room (4.2); a withdrawn one
/// leaves the list, or the group, whose place goes to the next in line.
enum Admission {
    static func handlers(_ environment: ServiceEnvironment) -> EventHandlers {
        var handlers = EventHandlers()
        handlers.on(CandidateAccepted.self) { candidate, event, db in
            try accept(candidate, cause: event.cause, environment, in: db)
        }
        // From an intake not yet upgraded; see CandidateAcceptedV1.
        handlers.on(CandidateAcceptedV1.self) { candidate, event, db in
            try accept(candidate.upgraded, cause: event.cause, environment, in: db)
        }
        handlers.on(CandidateWithdrawn.self) { withdrawal, event, db in
            try withdraw(withdrawal, cause: event.cause, environment, in: db)
        }
        return handlers
    }

    static func accept(_ candidate: CandidateAccepted, cause: Cause, _ environment: ServiceEnvironment, in db: Database,
                       now: Date = Date()) throws {
        // Known already (a version 1 and a version 2 event of one acceptance, say), or withdrawn:
        // a parked acceptance replayed after the withdrawal must not bring the candidate back.
        let known = try Listener.filter(Column("applicationId") == candidate.candidateId).fetchCount(db) > 0
            || WaitingCandidate.fetchOne(db, key: candidate.candidateId) != nil
            || WithdrawnCandidate.fetchOne(db, key: candidate.candidateId) != nil
        guard !known else { return }
        try WaitingCandidate.join(candidate, at: now, in: db)
        try Placement.fill(programmeCode: candidate.programmeCode, language: candidate.language, cause: cause, environment,
                           in: db, now: now)
    }

    static func withdraw(_ withdrawal: CandidateWithdrawn, cause: Cause, _ environment: ServiceEnvironment, in db: Database) throws {
        try WithdrawnCandidate(candidateId: withdrawal.candidateId, withdrawnAt: withdrawal.withdrawnAt).insert(db, onConflict: .ignore)
        if let waiting = try WaitingCandidate.fetchOne(db, key: withdrawal.candidateId) {
            try waiting.delete(db)
            return
        }
        guard var listener = try Listener.filter(Column("applicationId") == withdrawal.candidateId).fetchOne(db),
              listener.status == .studying || listener.status == .interrupted else { return }
        let heldAPlace = listener.status == .studying
        listener.status = .withdrawn
        try listener.update(db)
        if heldAPlace, let group = try StudyGroup.fetchOne(db, key: listener.groupId) {
            try Placement.fill(freedIn: group, cause: cause, environment, in: db)
        }
    }
}

/// A candidate intake reported withdrawn: remembered so that their acceptance, arriving late or
/// replayed from the parking queue, does not put them back in line.
struct WithdrawnCandidate: Codable, FetchableRecord, PersistableRecord {
    var candidateId: String
    var withdrawnAt: Date

    static let databaseTableName = "withdrawnCandidate"
}
