import EventContracts
import Foundation
import GRDB
import Messaging
import ServiceKit

/// What enrolment does with intake's news: an accepted candidate joins the waiting list and is
/// placed at once if a group of their programme and language has room (4.2); a withdrawn one
/// leaves the list, or the group, whose place goes to the next in line; a corrected
/// organisation is where the next letter to that employer goes.
enum EnrolmentHandlers {
    static func make(_ environment: ServiceEnvironment) -> EventHandlers {
        var handlers = EventHandlers()
        handlers.on(CandidateAccepted.self) { candidate, event, db in
            // The holder's sex and email are certification's to keep, not enrolment's.
            var candidate = candidate
            candidate.holder = nil
            try accept(candidate, cause: event.cause, environment, in: db)
        }
        // From an intake not yet upgraded; see CandidateAcceptedV1.
        handlers.on(CandidateAcceptedV1.self) { candidate, event, db in
            try accept(candidate.upgraded, cause: event.cause, environment, in: db)
        }
        handlers.on(CandidateWithdrawn.self) { withdrawal, event, db in
            try withdraw(withdrawal, cause: event.cause, environment, in: db)
        }
        handlers.on(OrganisationUpdated.self) { organisation, _, db in
            try Employers.update(organisation, in: db)
        }
        return handlers
    }

    static func accept(_ candidate: CandidateAccepted, cause: Cause, _ environment: ServiceEnvironment, in db: Database) throws {
        // Known already (a version 1 and a version 2 event of one acceptance, say), or withdrawn:
        // a parked acceptance replayed after the withdrawal must not bring the candidate back.
        let known = try Listener.find(candidate: candidate.candidateId, in: db) != nil
            || WaitingCandidate.fetchOne(db, key: candidate.candidateId) != nil
            || WithdrawnCandidate.fetchOne(db, key: candidate.candidateId) != nil
        guard !known else { return }
        try Employers.remember(candidate.employer, in: db)
        try Placement.accept(candidate, cause: cause, environment, in: db)
    }

    static func withdraw(_ withdrawal: CandidateWithdrawn, cause: Cause, _ environment: ServiceEnvironment, in db: Database) throws {
        try WithdrawnCandidate(candidateId: withdrawal.candidateId, withdrawnAt: withdrawal.withdrawnAt).insert(db, onConflict: .ignore)
        if let waiting = try WaitingCandidate.fetchOne(db, key: withdrawal.candidateId) {
            try waiting.delete(db)
            return
        }
        guard var listener = try Listener.find(candidate: withdrawal.candidateId, in: db),
              listener.status == .studying || listener.status == .interrupted else { return }
        try Placement.release(&listener, as: .withdrawn, cause: cause, environment, in: db)
    }
}
