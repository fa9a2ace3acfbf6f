import EventContracts
import Messaging
import ServiceKit

/// What follow-up does with certification's news: a certified teacher is followed for a year.
enum FollowUpHandlers {
    static func make(_ environment: ServiceEnvironment) -> EventHandlers {
        var handlers = EventHandlers()
        handlers.on(CertificateIssued.self) { issued, event, db in
            try PlanOpening.open(for: issued, cause: event.cause, outbox: environment.outbox, in: db)
        }
        return handlers
    }
}
