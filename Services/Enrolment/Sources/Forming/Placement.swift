import EventContracts
import Foundation
import GRDB
import Messaging
import ServiceKit
import Storage

/// Forming groups against the store (4.2): whoever waits is placed in the open groups with room,
/// each placement admitting a listener and announcing `enrolment.listener.admitted` in the same
/// transaction.
///
/// A place opens only through here: a listener leaves a group (`release`) or moves to another
/// (`move`), and the next in line takes the place in the same transaction; a group planned
/// (`fill`) or a candidate accepted (`accept`) fills what is open.
enum Placement {
    /// Puts an accepted candidate at the end of the line, and places whoever can be placed.
    static func accept(_ candidate: CandidateAccepted, cause: Cause, _ environment: ServiceEnvironment, in db: Database,
                       now: Date = Date()) throws {
        try WaitingCandidate.join(candidate, at: now, in: db)
        try fill(programmeCode: candidate.programmeCode, language: candidate.language, cause: cause, environment, in: db, now: now)
    }

    /// The listener leaves their group, becoming `status`; their place goes to the next in line.
    static func release(_ listener: inout Listener, as status: Listener.Status, cause: Cause, _ environment: ServiceEnvironment,
                        in db: Database) throws {
        let heldAPlace = listener.status == .studying
        listener.status = status
        try listener.update(db)
        if heldAPlace { try fill(freedIn: try StudyGroup.existing(listener.groupId, in: db), cause: cause, environment, in: db) }
    }

    /// The listener moves from their group into `group`, studying there; the place they leave
    /// goes to the next in line.
    static func move(_ listener: inout Listener, to group: StudyGroup, cause: Cause, _ environment: ServiceEnvironment,
                     in db: Database) throws {
        let left = try StudyGroup.existing(listener.groupId, in: db)
        let heldAPlace = listener.status == .studying
        listener.groupId = group.id
        listener.status = .studying
        try listener.update(db)
        if heldAPlace { try fill(freedIn: left, cause: cause, environment, in: db) }
    }

    /// Fills the places open in `group`, if it is a group that forming fills.
    static func fill(freedIn group: StudyGroup, cause: Cause, _ environment: ServiceEnvironment, in db: Database) throws {
        guard let language = group.language else { return }
        try fill(programmeCode: group.programmeCode, language: language, cause: cause, environment, in: db)
    }

    /// Places, in order, whoever waits for a group of `programmeCode` in `language`.
    private static func fill(programmeCode: String, language: Language, cause: Cause, _ environment: ServiceEnvironment,
                             in db: Database, now: Date = Date()) throws {
        let line = try WaitingCandidate.line(programmeCode: programmeCode, language: language, in: db)
        guard !line.isEmpty else { return }
        let groups = try StudyGroup.open(programmeCode: programmeCode, language: language, today: environment.today.date, in: db)
        let placements = GroupForming.placements(
            of: line.map { GroupForming.Candidate(id: $0.candidateId, programmeCode: $0.programmeCode, language: $0.language) },
            in: try groups.map { group in
                GroupForming.OpenGroup(id: group.id, programmeCode: programmeCode, language: language, freePlaces: try group.freePlaces(in: db))
            })
        let waiting = Dictionary(uniqueKeysWithValues: line.map { ($0.candidateId, $0) })
        let group = Dictionary(uniqueKeysWithValues: groups.map { ($0.id, $0) })
        for placement in placements {
            let candidate = waiting[placement.candidateId]!
            let group = group[placement.groupId]!
            var listener = Listener(candidate.candidate, groupId: group.id, admittedAt: now)
            listener.address(try Employer.of(listener, in: db))
            try listener.insert(db)
            try candidate.delete(db)
            try environment.outbox.append(
                ListenerAdmitted(listenerId: listener.id, candidateId: listener.candidateId, fullName: listener.fullName,
                                 programmeCode: listener.programmeCode, groupId: group.id, groupCode: group.code,
                                 stream: try group.stream(in: db)?.announced, admittedAt: now),
                cause: cause, in: db)
        }
    }
}
