import EventContracts
import GRDB
import Messaging
import ServiceKit

/// Assessment's copies of enrolment's listeners, kept from its events so that assessment works
/// while enrolment is down.
enum AssessedListeners {
    /// A listener admitted by order joins the listeners to assess, and takes their first
    /// attempt with their group; one known already is kept.
    static func admit(_ admitted: ListenerAdmitted, today: Today, in db: Database) throws {
        let listener = AssessedListener(id: admitted.listenerId, candidateId: admitted.candidateId, fullName: admitted.fullName,
                                        programmeCode: admitted.programmeCode, groupId: admitted.groupId,
                                        admittedAt: admitted.admittedAt)
        try listener.insert(db, onConflict: .ignore)
        guard db.changesCount > 0 else { return }
        try AssessedGroups.know(admitted.groupId, code: admitted.groupCode, programmeCode: admitted.programmeCode,
                                stream: admitted.stream, in: db)
        try Attempt(listenerId: listener.id, number: 1, kind: .first, groupId: listener.groupId,
                    openedOn: today.day(of: admitted.admittedAt)).insert(db)
    }

    /// An expelled listener is kept, marked, so that nothing is recorded for them any more
    /// (7.5). Until assessment has heard of the admission, the expulsion waits (`NotYetKnown`).
    static func expel(_ expelled: ListenerExpelled, in db: Database) throws {
        var listener = try known(expelled.listenerId, in: db)
        guard listener.expelledOn == nil else { return }
        listener.expelledOn = expelled.expelledOn
        try listener.update(db)
    }

    /// An interrupted course (7.4.4) keeps its grades, and is graded again once resumed.
    static func interrupt(_ interrupted: ListenerInterrupted, in db: Database) throws {
        var listener = try known(interrupted.listenerId, in: db)
        listener.interruptedOn = interrupted.interruptedOn
        try listener.update(db)
    }

    /// A transferred or reinstated listener keeps their id and their grades, in their new group
    /// (7.4.3, 7.4.4): the attempt they are taking goes with them.
    static func move(_ moved: ListenerTransferred, in db: Database) throws {
        var listener = try known(moved.listenerId, in: db)
        listener.groupId = moved.toGroupId
        listener.interruptedOn = nil
        try listener.update(db)
        try AssessedGroups.know(moved.toGroupId, code: moved.toGroupCode, programmeCode: moved.programmeCode, stream: moved.toStream,
                                in: db)
        var attempt = try Attempt.current(of: listener.id, in: db)
        if !attempt.isDecided, attempt.groupId == moved.fromGroupId {
            attempt.groupId = moved.toGroupId
            try attempt.update(db)
        }
    }

    private static func known(_ listenerId: String, in db: Database) throws -> AssessedListener {
        guard let listener = try AssessedListener.fetchOne(db, key: listenerId) else { throw NotYetKnown("listener \(listenerId)") }
        return listener
    }
}
