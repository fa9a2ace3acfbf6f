import EventContracts
import GRDB
import Messaging

/// Assessment keeps its own copy of each admitted listener, so it works while enrolment is down.
enum AssessmentHandlers {
    static func make() -> EventHandlers {
        var handlers = EventHandlers()
        handlers.on(ListenerAdmitted.self) { admitted, _, db in
            guard try AssessedListener.fetchOne(db, key: admitted.listenerId) == nil else { return }
            try AssessedListener(id: admitted.listenerId, fullName: admitted.fullName, programmeCode: admitted.programmeCode,
                                 groupId: admitted.groupId, admittedAt: admitted.admittedAt).insert(db)
        }
        // A transferred or reinstated listener keeps their id and results, in their new group.
        handlers.on(ListenerTransferred.self) { moved, _, db in
            try db.execute(sql: "UPDATE listener SET groupId = ? WHERE id = ?", arguments: [moved.toGroupId, moved.listenerId])
        }
        return handlers
    }
}
