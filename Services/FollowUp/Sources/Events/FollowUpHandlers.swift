import EventContracts
import Messaging
import ServiceKit

/// What follow-up does with the other services' news: a certified teacher is followed for a
/// year (8.2), by the leader of the programme they took; a revoked certificate ends that. The
/// groups' and listeners' progress is kept as the evidence of the programmes' reviews (8.4.4).
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

        handlers.on(ListenerAdmitted.self) { admitted, _, db in
            try CohortFacts.admitted(admitted, where: environment.today.timeZone, in: db)
        }
        handlers.on(ListenerTransferred.self) { moved, _, db in try CohortFacts.moved(moved, in: db) }
        handlers.on(ListenerInterrupted.self) { interrupted, _, db in try CohortFacts.interrupted(interrupted, in: db) }
        handlers.on(ListenerExpelled.self) { expelled, _, db in try CohortFacts.expelled(expelled, in: db) }
        handlers.on(CandidateWithdrawn.self) { withdrawn, _, db in
            try CohortFacts.withdrawn(withdrawn, where: environment.today.timeZone, in: db)
        }
        handlers.on(GroupCompleted.self) { completed, _, db in try CohortFacts.completed(completed, in: db) }
        handlers.on(ListenerPassed.self) { passed, _, db in try CohortFacts.passed(passed, in: db) }
        // From an assessment not yet upgraded; an upgraded one's copy beside version 2 is left alone.
        handlers.on(ListenerPassedV1.self) { passed, _, db in
            guard passed.isTheOnlyCopy else { return }
            try CohortFacts.passed(passed, in: db)
        }
        handlers.on(ListenerFailed.self) { failed, _, db in try CohortFacts.failed(failed, in: db) }
        return handlers
    }
}
