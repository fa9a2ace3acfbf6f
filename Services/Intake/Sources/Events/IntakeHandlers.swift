import EventContracts
import Messaging
import ServiceKit

/// Intake follows its candidates through the other services' events, so that an organisation
/// sees each teacher's status: admitted, completed, certified or expelled; keeps each
/// teacher's PD record (courses, certificates, follow-up); and keeps the catalogue of
/// programmes enrolment approved.
enum IntakeHandlers {
    static func make(_ environment: ServiceEnvironment) -> EventHandlers {
        var handlers = EventHandlers()
        handlers.on(ProgrammeApproved.self) { programme, event, db in
            try ProgrammeCatalogue.approved(programme, at: event.envelope.time, in: db)
        }
        handlers.on(ProgrammeRetired.self) { programme, _, db in
            try ProgrammeCatalogue.retired(programme, in: db)
        }
        handlers.on(ListenerAdmitted.self) { admitted, _, db in
            try CandidateProgress.admitted(admitted, in: db)
        }
        handlers.on(ListenerPassed.self) { passed, _, db in
            try CandidateProgress.report(.completed, forListener: passed.listenerId, in: db)
            try PDEntries.completed(passed, in: db)
        }
        // From an assessment not yet upgraded; an upgraded one's copy beside version 2 is left alone.
        handlers.on(ListenerPassedV1.self) { passed, _, db in
            guard passed.isTheOnlyCopy else { return }
            try CandidateProgress.report(.completed, forListener: passed.listenerId, in: db)
            try PDEntries.completed(passed, in: db)
        }
        handlers.on(CertificateIssued.self) { issued, _, db in
            try CandidateProgress.report(.certified, forListener: issued.listenerId, in: db)
            try PDEntries.certified(issued, in: db)
        }
        handlers.on(CertificateReissued.self) { reissued, _, db in try PDEntries.reissued(reissued, in: db) }
        handlers.on(CertificateRevoked.self) { revoked, _, db in try PDEntries.revoked(revoked, in: db) }
        handlers.on(FollowUpPlanOpened.self) { opened, _, db in try PDEntries.planOpened(opened, in: db) }
        handlers.on(FollowUpPlanClosed.self) { closed, _, db in try PDEntries.planClosed(closed, in: db) }
        handlers.on(ListenerExpelled.self) { expelled, _, db in
            try CandidateProgress.report(.expelled, forListener: expelled.listenerId, in: db)
        }
        // The same fact from an enrolment not yet upgraded; see ListenerDismissed.
        handlers.on(ListenerDismissed.self) { expelled, _, db in
            try CandidateProgress.report(.expelled, forListener: expelled.listenerId, in: db)
        }
        return handlers
    }
}
