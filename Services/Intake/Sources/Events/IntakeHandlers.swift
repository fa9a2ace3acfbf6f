import Contracts
import Foundation
import GRDB
import Messaging

/// Intake follows its candidates through the other services' events, so that an organisation
/// sees each teacher's status: admitted, completed, certified or expelled.
enum IntakeHandlers {
    static func make() -> EventHandlers {
        var handlers = EventHandlers()
        handlers.on(ListenerAdmitted.self) { admitted, _, db in
            // Enrolment names the candidate by the id intake gave it (`applicationId`).
            guard var candidate = try Candidate.fetchOne(db, key: admitted.applicationId) else { return }
            candidate.listenerId = admitted.listenerId
            try report(.admitted, for: &candidate, in: db)
        }
        handlers.on(ListenerPassed.self) { passed, _, db in
            try report(.completed, forListener: passed.listenerId, in: db)
        }
        handlers.on(CertificateIssued.self) { issued, _, db in
            try report(.certified, forListener: issued.listenerId, in: db)
        }
        handlers.on(ListenerDismissed.self) { dismissed, _, db in
            try report(.expelled, forListener: dismissed.listenerId, in: db)
        }
        return handlers
    }

    static func report(_ status: Candidate.Status, forListener listenerId: String, in db: Database) throws {
        guard var candidate = try Candidate.filter(Column("listenerId") == listenerId).fetchOne(db) else { return }
        try report(status, for: &candidate, in: db)
    }

    static func report(_ status: Candidate.Status, for candidate: inout Candidate, in db: Database) throws {
        candidate.status = candidate.status.advanced(to: status)
        candidate.updatedAt = Date()
        try candidate.update(db)
    }
}
