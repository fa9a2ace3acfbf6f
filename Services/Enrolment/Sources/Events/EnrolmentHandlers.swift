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

/// Enrolment's copies of intake's organisations (`Employer`).
enum Employers {
    /// The organisation an acceptance names, if enrolment has no copy of it yet. A copy it has
    /// is newer or as new: intake announces every correction.
    static func remember(_ employer: CandidateAccepted.Employer, in db: Database) throws {
        guard let id = employer.organisationId else { return }
        try Employer(id: id, nameKk: employer.nameKk, nameRu: employer.nameRu, email: employer.email,
                     postalAddress: employer.postalAddress, updatedAt: nil).insert(db, onConflict: .ignore)
    }

    /// Intake's correction, unless a later one is already kept (events may arrive out of order).
    static func update(_ organisation: OrganisationUpdated, in db: Database) throws {
        if let kept = try Employer.fetchOne(db, key: organisation.organisationId), let keptAt = kept.updatedAt,
           keptAt >= organisation.updatedAt { return }
        let employer = Employer(id: organisation.organisationId, nameKk: organisation.nameKk, nameRu: organisation.nameRu,
                                email: organisation.email, postalAddress: organisation.postalAddress, updatedAt: organisation.updatedAt)
        try employer.save(db)
        for var listener in try Listener.filter(Column("employerOrganisationId") == employer.id).fetchAll(db) {
            listener.address(employer)
            try listener.update(db)
        }
    }
}
