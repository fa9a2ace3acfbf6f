import EventContracts
import Foundation
import GRDB
import Messaging

/// Intake follows its candidates through the other services' events, so that an organisation
/// sees each teacher's status: admitted, completed, certified or expelled; and keeps the
/// catalogue of programmes enrolment approved.
enum IntakeHandlers {
    static func make() -> EventHandlers {
        var handlers = EventHandlers()
        handlers.on(ProgrammeApproved.self) { programme, event, db in
            try ProgrammeCatalogue.approved(programme, at: event.envelope.time, in: db)
        }
        handlers.on(ProgrammeRetired.self) { programme, _, db in
            try ProgrammeCatalogue.retired(programme, in: db)
        }
        handlers.on(ListenerAdmitted.self) { admitted, _, db in
            guard var candidate = try Candidate.fetchOne(db, key: admitted.candidateId) else { return }
            candidate.listenerId = admitted.listenerId
            try report(.admitted, for: &candidate, in: db)
        }
        handlers.on(ListenerPassed.self) { passed, _, db in
            try report(.completed, forListener: passed.listenerId, in: db)
        }
        handlers.on(CertificateIssued.self) { issued, _, db in
            try report(.certified, forListener: issued.listenerId, in: db)
        }
        handlers.on(ListenerExpelled.self) { expelled, _, db in
            try report(.expelled, forListener: expelled.listenerId, in: db)
        }
        // The same fact from an enrolment not yet upgraded; see ListenerDismissed.
        handlers.on(ListenerDismissed.self) { expelled, _, db in
            try report(.expelled, forListener: expelled.listenerId, in: db)
        }
        return handlers
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
