import EventContracts
import GRDB
import Messaging

/// Assessment's copies of enrolment's listeners, kept from its events so that assessment works
/// while enrolment is down.
enum AssessedListeners {
    /// A listener admitted by order joins the listeners to assess; one known already is kept.
    static func admit(_ admitted: ListenerAdmitted, in db: Database) throws {
        try AssessedListener(id: admitted.listenerId, fullName: admitted.fullName, programmeCode: admitted.programmeCode,
                             groupId: admitted.groupId, admittedAt: admitted.admittedAt).insert(db, onConflict: .ignore)
    }

    /// An expelled listener is kept, marked, so that nothing is recorded for them any more
    /// (7.5). Until assessment has heard of the admission, the expulsion waits (`NotYetKnown`).
    static func expel(_ expelled: ListenerExpelled, in db: Database) throws {
        guard var listener = try AssessedListener.fetchOne(db, key: expelled.listenerId) else {
            throw NotYetKnown("listener \(expelled.listenerId)")
        }
        guard listener.expelledOn == nil else { return }
        listener.expelledOn = expelled.expelledOn
        try listener.update(db)
    }

    /// A transferred or reinstated listener keeps their id and results, in their new group (7.4.3).
    static func move(_ moved: ListenerTransferred, in db: Database) throws {
        guard var listener = try AssessedListener.fetchOne(db, key: moved.listenerId) else { return }
        listener.groupId = moved.toGroupId
        try listener.update(db)
    }
}
