import EventContracts
import Foundation
import GRDB
import Messaging
import ServiceKit
import Storage

/// Forming groups against the store: whoever waits is placed in the open groups with room, each
/// placement admitting a listener and announcing `enrolment.listener.admitted` in the same
/// transaction. Runs wherever a place may have opened: a candidate accepted, a group planned,
/// a listener expelled, withdrawn, transferred or interrupted.
enum Placement {
    /// Places, in order, whoever waits for a group of `programmeCode` in `language`.
    @discardableResult
    static func fill(programmeCode: String, language: String, cause: Cause, _ environment: ServiceEnvironment, in db: Database,
                     now: Date = Date()) throws -> [Listener] {
        let line = try WaitingCandidate.line(programmeCode: programmeCode, language: language, in: db)
        guard !line.isEmpty else { return [] }
        let groups = try openGroups(programmeCode: programmeCode, language: language, today: environment.today.date.description, in: db)
        let placements = GroupForming.placements(
            of: line.map { GroupForming.Candidate(id: $0.candidateId, programmeCode: $0.programmeCode, language: $0.language) },
            in: try groups.map { group in
                GroupForming.OpenGroup(id: group.id, programmeCode: programmeCode, language: language, freePlaces: try group.freePlaces(in: db))
            })
        let waiting = Dictionary(uniqueKeysWithValues: line.map { ($0.candidateId, $0) })
        let group = Dictionary(uniqueKeysWithValues: groups.map { ($0.id, $0) })
        return try placements.map { placement in
            let candidate = waiting[placement.candidateId]!
            let group = group[placement.groupId]!
            let listener = Listener(candidate.candidate, groupId: group.id, admittedAt: now)
            try listener.insert(db)
            try candidate.delete(db)
            try environment.outbox.append(
                ListenerAdmitted(listenerId: listener.id, applicationId: listener.applicationId, fullName: listener.fullName,
                                 programmeCode: listener.programmeCode, groupId: group.id, groupCode: group.code, admittedAt: now),
                cause: cause, in: db)
            return listener
        }
    }

    /// Fills the place that opened in `group`, if it is a group that forming fills.
    @discardableResult
    static func fill(freedIn group: StudyGroup, cause: Cause, _ environment: ServiceEnvironment, in db: Database) throws -> [Listener] {
        guard let language = group.language else { return [] }
        return try fill(programmeCode: group.programmeCode, language: language, cause: cause, environment, in: db)
    }

    /// The planned groups of the programme and language whose course has not ended, the
    /// earliest stream first. A group whose stream is over by `today` takes no one, though
    /// staff have not yet recorded its end; nor does a retired programme's: no admission order
    /// could be issued for them (4.8).
    static func openGroups(programmeCode: String, language: String, today: String, in db: Database) throws -> [StudyGroup] {
        try StudyGroup.fetchAll(db, sql: """
            SELECT g.* FROM "group" g JOIN stream s ON s.id = g.streamId JOIN programme p ON p.code = g.programmeCode
            WHERE g.completedOn IS NULL AND g.programmeCode = ? AND g.language = ? AND p.status = ? AND s.endsOn >= ?
            ORDER BY s.startsOn, g.code
            """, arguments: [programmeCode, language, Programme.Status.approved.rawValue, today])
    }
}

extension StudyGroup {
    /// How many places are free: the capacity less the listeners studying in it. A group
    /// without a capacity (one opened before groups were planned) has no limit.
    func freePlaces(in db: Database) throws -> Int {
        guard let capacity else { return .max }
        let taken = try Listener.filter(Column("groupId") == id && Column("status") == Listener.Status.studying.rawValue).fetchCount(db)
        return capacity - taken
    }
}

extension Listener {
    /// The listener an accepted candidate becomes in `groupId`.
    init(_ candidate: CandidateAccepted, groupId: String, admittedAt: Date) {
        self.init(id: RecordID.new(), applicationId: candidate.candidateId, fullName: candidate.fullName,
                  programmeCode: candidate.programmeCode, employerEmail: candidate.employer.email, groupId: groupId,
                  admittedAt: admittedAt, language: candidate.language, funding: candidate.funding,
                  employerNameKk: candidate.employer.nameKk, employerNameRu: candidate.employer.nameRu,
                  employerPostalAddress: candidate.employer.postalAddress, status: .studying, dismissalOrderId: nil)
    }
}
