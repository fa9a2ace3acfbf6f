import EventContracts
import Messaging
import ServiceKit

/// What assessment does with enrolment's news: a plan for each approved programme, the groups'
/// trainers and dates, its own copy of each admitted listener, followed when they move, are
/// interrupted or expelled; and, when a group's course is completed, the decision.
enum AssessmentHandlers {
    static func make(_ environment: ServiceEnvironment) -> EventHandlers {
        var handlers = EventHandlers()
        handlers.on(ProgrammeApproved.self) { programme, _, db in
            try Plans.approved(programme, in: db)
        }
        handlers.on(TrainerAssigned.self) { assigned, _, db in
            try AssessedGroups.assign(assigned, in: db)
        }
        handlers.on(ListenerAdmitted.self) { admitted, _, db in
            try AssessedListeners.admit(admitted, today: environment.today, in: db)
        }
        handlers.on(ListenerTransferred.self) { moved, _, db in
            try AssessedListeners.move(moved, in: db)
        }
        handlers.on(ListenerInterrupted.self) { interrupted, _, db in
            try AssessedListeners.interrupt(interrupted, in: db)
        }
        handlers.on(ListenerExpelled.self) { expelled, _, db in
            try AssessedListeners.expel(expelled, in: db)
        }
        handlers.on(GroupCompleted.self) { completed, event, db in
            try Decisions.groupCompleted(completed, cause: event.cause, outbox: environment.outbox, in: db)
        }
        return handlers
    }
}
