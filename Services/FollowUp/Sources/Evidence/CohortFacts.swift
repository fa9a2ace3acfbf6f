import EventContracts
import Foundation
import GRDB
import Storage

/// What the other services announce of each group and listener, kept as the facts a review's
/// figures are counted from (8.4.4). Events of different services come in any order, so the
/// first to come about a listener or a group makes its row, and the others fill it in; each
/// fact is written as a value, so a redelivery changes nothing. Enrolment's own events come
/// in the order it published them, from one outbox through one queue, so a transfer is taken
/// as the latest move when it arrives, whatever day its order was dated.
enum CohortFacts {
    static func admitted(_ admitted: ListenerAdmitted, where timeZone: TimeZone, in db: Database) throws {
        try cohort(admitted.groupId, code: admitted.programmeCode, groupCode: admitted.groupCode,
                   startsOn: admitted.stream?.startsOn, in: db)
        var listener = try listener(admitted.listenerId, in: admitted.groupId, db)
        // A transfer that came first already says where the listener is now.
        if listener.movedOn == nil { listener.groupId = admitted.groupId }
        listener.joinedOn = listener.joinedOn ?? CalendarDate(admitted.admittedAt, in: timeZone)
        try save(&listener, candidate: admitted.candidateId, in: db)
    }

    /// A transfer or a resumption (6.5) moves the listener into the group they now count in; a
    /// resumption ends their interruption.
    static func moved(_ moved: ListenerTransferred, in db: Database) throws {
        try cohort(moved.toGroupId, code: moved.programmeCode, groupCode: moved.toGroupCode, startsOn: moved.toStream?.startsOn, in: db)
        var listener = try listener(moved.listenerId, in: moved.toGroupId, db)
        (listener.groupId, listener.movedOn) = (moved.toGroupId, moved.movedOn)
        listener.joinedOn = listener.joinedOn ?? moved.movedOn
        if moved.kind == .resumption { listener.interruptedOn = nil }
        try save(&listener, candidate: moved.candidateId, in: db)
    }

    static func interrupted(_ interrupted: ListenerInterrupted, in db: Database) throws {
        try left(interrupted.listenerId, interrupted.groupId, \.interruptedOn, on: interrupted.interruptedOn, in: db)
    }

    static func expelled(_ expelled: ListenerExpelled, in db: Database) throws {
        try left(expelled.listenerId, expelled.groupId, \.expelledOn, on: expelled.expelledOn, in: db)
    }

    /// Interrupted or expelled from a group: counted there, unless they have since moved on.
    private static func left(_ listenerId: String, _ groupId: String, _ fact: WritableKeyPath<CohortListener, CalendarDate?>,
                             on day: CalendarDate, in db: Database) throws {
        try cohort(groupId, in: db)
        var listener = try listener(listenerId, in: groupId, db)
        guard listener.groupId == groupId else { return }
        listener[keyPath: fact] = day
        try listener.save(db)
    }

    /// A candidate withdrawn after their admission leaves their group. The withdrawal is kept
    /// by candidate, for an admission that comes after it; one withdrawn before admission is
    /// never a listener, and the withdrawal stays unused.
    static func withdrawn(_ withdrawn: CandidateWithdrawn, where timeZone: TimeZone, in db: Database) throws {
        let day = CalendarDate(withdrawn.withdrawnAt, in: timeZone)
        try db.execute(sql: "INSERT OR IGNORE INTO candidateWithdrawal (candidateId, withdrawnOn) VALUES (?, ?)",
                       arguments: [withdrawn.candidateId, day])
        try db.execute(sql: "UPDATE cohortListener SET withdrawnOn = ? WHERE candidateId = ?", arguments: [day, withdrawn.candidateId])
    }

    /// The group's end, with the listeners who finished it.
    static func completed(_ completed: GroupCompleted, in db: Database) throws {
        try cohort(completed.groupId, code: completed.programmeCode, groupCode: completed.groupCode,
                   completedOn: completed.completedOn, in: db)
        for finisher in completed.listeners {
            var listener = try listener(finisher.listenerId, in: completed.groupId, db)
            listener.finishedGroupId = completed.groupId
            try save(&listener, candidate: finisher.candidateId, in: db)
        }
    }

    static func passed(_ passed: ListenerPassed, in db: Database) throws {
        try cohort(passed.groupId, code: passed.programmeCode, in: db)
        var listener = try listener(passed.listenerId, in: passed.groupId, db)
        guard listener.attempt.map({ $0 <= passed.attempt }) ?? true else { return }
        listener.result = .passed
        (listener.attempt, listener.letter, listener.score) = (passed.attempt, passed.finalAssessment.grade.letter, passed.score)
        listener.resultOn = passed.assessedOn
        try listener.save(db)
    }

    /// A pass from an assessment not yet upgraded names no group, attempt or letter: it
    /// completes the row of a listener follow-up knows. Of one it does not know (admitted
    /// before it read admissions, so not counted) it is dropped rather than parked.
    static func passed(_ passed: ListenerPassedV1, in db: Database) throws {
        guard var listener = try CohortListener.fetchOne(db, key: passed.listenerId) else { return }
        (listener.result, listener.score, listener.resultOn) = (.passed, passed.score, passed.assessedOn)
        try listener.save(db)
    }

    static func failed(_ failed: ListenerFailed, in db: Database) throws {
        try cohort(failed.groupId, code: failed.programmeCode, in: db)
        var listener = try listener(failed.listenerId, in: failed.groupId, db)
        guard listener.attempt.map({ $0 <= failed.attempt }) ?? true else { return }
        (listener.result, listener.attempt, listener.letter, listener.score) = (.failed, failed.attempt, nil, nil)
        listener.resultOn = failed.assessedOn
        try listener.save(db)
    }

    /// Saves the listener as the candidate `candidateId`, withdrawn if that candidate was.
    private static func save(_ listener: inout CohortListener, candidate candidateId: String, in db: Database) throws {
        listener.candidateId = candidateId
        if listener.withdrawnOn == nil {
            listener.withdrawnOn = try CalendarDate.fetchOne(
                db, sql: "SELECT withdrawnOn FROM candidateWithdrawal WHERE candidateId = ?", arguments: [candidateId])
        }
        try listener.save(db)
    }

    /// The listener's row, or a new one in `groupId` when this is the first that is heard of them.
    private static func listener(_ id: String, in groupId: String, _ db: Database) throws -> CohortListener {
        try CohortListener.fetchOne(db, key: id) ?? CohortListener(listenerId: id, groupId: groupId)
    }

    /// The group's row, with what this event says of it; what it does not say is left as it was.
    private static func cohort(_ groupId: String, code: String? = nil, groupCode: String? = nil, startsOn: CalendarDate? = nil,
                               completedOn: CalendarDate? = nil, in db: Database) throws {
        var cohort = try Cohort.fetchOne(db, key: groupId) ?? Cohort(groupId: groupId)
        cohort.programmeCode = code ?? cohort.programmeCode
        cohort.groupCode = groupCode ?? cohort.groupCode
        cohort.startsOn = startsOn ?? cohort.startsOn
        cohort.completedOn = completedOn ?? cohort.completedOn
        try cohort.save(db)
    }
}
