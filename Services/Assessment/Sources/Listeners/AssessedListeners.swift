import EventContracts
import GRDB

/// Assessment's copies of enrolment's listeners, kept from its events so that assessment works
/// while enrolment is down.
enum AssessedListeners {
    /// A listener admitted by order joins the listeners to assess; one known already is kept.
    static func admit(_ admitted: ListenerAdmitted, in db: Database) throws {
        try AssessedListener(id: admitted.listenerId, fullName: admitted.fullName, programmeCode: admitted.programmeCode,
                             groupId: admitted.groupId, admittedAt: admitted.admittedAt).insert(db, onConflict: .ignore)
    }

    /// An expelled listener is kept, marked, so that nothing is recorded for them any more
    /// (7.5). One assessment does not know yet was admitted by an event still on its way (or
    /// parked): this fails, is retried, and is parked in the end for an operator to replay after
    /// the admission, rather than being dropped.
    static func expel(_ expelled: ListenerExpelled, in db: Database) throws {
        guard var listener = try AssessedListener.fetchOne(db, key: expelled.listenerId) else {
            throw UnknownListener(listenerId: expelled.listenerId)
        }
        guard listener.expelledOn == nil else { return }
        listener.expelledOn = expelled.expelledOn
        try listener.update(db)
    }

    struct UnknownListener: Error, CustomStringConvertible {
        var listenerId: String
        var description: String { "no listener \(listenerId) was admitted yet" }
    }

    /// A transferred or reinstated listener keeps their id and results, in their new group (7.4.3).
    static func move(_ moved: ListenerTransferred, in db: Database) throws {
        guard var listener = try AssessedListener.fetchOne(db, key: moved.listenerId) else { return }
        listener.groupId = moved.toGroupId
        try listener.update(db)
    }
}
