import EventContracts
import Messaging
import ServiceKit

/// What follow-up does with the other services' news: a certified teacher is followed for a
/// year (8.2), by the leader of the programme they took; a revoked certificate ends that.
enum FollowUpHandlers {
    static func make(_ environment: ServiceEnvironment) -> EventHandlers {
        var handlers = EventHandlers()
        handlers.on(CertificateIssued.self) { issued, event, db in
            try PlanOpening.open(for: issued, cause: event.cause, outbox: environment.outbox, in: db)
        }
        handlers.on(CertificateReissued.self) { reissued, _, db in
            try PlanCertificates.reissued(reissued, in: db)
        }
        handlers.on(CertificateRevoked.self) { revoked, event, db in
            try PlanCertificates.revoked(revoked, cause: event.cause, outbox: environment.outbox, in: db)
        }
        handlers.on(ProgrammeApproved.self) { approved, _, db in try FollowedProgrammes.approved(approved, in: db) }
        handlers.on(ProgrammeRetired.self) { retired, _, db in try FollowedProgrammes.retired(retired, in: db) }
        return handlers
    }
}
