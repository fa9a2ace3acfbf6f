import EventContracts
import Messaging
import ServiceKit

/// What assessment does with enrolment's news: it keeps its own copy of each admitted listener,
/// follows them when they move to another group, and marks them when they are expelled.
enum AssessmentHandlers {
    static func make(_ environment: ServiceEnvironment) -> EventHandlers {
        var handlers = EventHandlers()
        handlers.on(ListenerAdmitted.self) { admitted, _, db in
            try AssessedListeners.admit(admitted, in: db)
        }
        handlers.on(ListenerTransferred.self) { moved, _, db in
            try AssessedListeners.move(moved, in: db)
        }
        handlers.on(ListenerExpelled.self) { expelled, _, db in
            try AssessedListeners.expel(expelled, in: db)
        }
        return handlers
    }
}
