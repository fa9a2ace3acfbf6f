import Contracts
import Foundation
import GRDB
import Messaging
import Storage

/// Turns an accepted candidate into a listener of a group. Skeleton: one group per programme,
/// admitted at once; forming groups by language and capacity, with a rector's order, is issue 4.
enum Admission {
    static func handlers(outbox: Outbox) -> EventHandlers {
        var handlers = EventHandlers()
        handlers.on(CandidateAccepted.self) { candidate, event, db in
            try admit(candidate, cause: event.cause, outbox: outbox, in: db)
        }
        // From an intake not yet upgraded; see CandidateAcceptedV1.
        handlers.on(CandidateAcceptedV1.self) { candidate, event, db in
            try admit(candidate.upgraded, cause: event.cause, outbox: outbox, in: db)
        }
        return handlers
    }

    static func admit(_ candidate: CandidateAccepted, cause: Cause, outbox: Outbox, in db: Database, now: Date = Date()) throws {
        guard try Listener.filter(Column("applicationId") == candidate.candidateId).fetchCount(db) == 0 else { return }
        let group = try openGroup(for: candidate.programmeCode, in: db, now: now)
        let listener = Listener(id: RecordID.new(), applicationId: candidate.candidateId,
                                fullName: candidate.fullName, programmeCode: candidate.programmeCode,
                                employerEmail: candidate.employer.email, groupId: group.id, admittedAt: now,
                                language: candidate.language, funding: candidate.funding,
                                employerNameKk: candidate.employer.nameKk, employerNameRu: candidate.employer.nameRu,
                                employerPostalAddress: candidate.employer.postalAddress, status: .studying,
                                dismissalOrderId: nil)
        try listener.insert(db)
        try outbox.append(
            ListenerAdmitted(listenerId: listener.id, applicationId: listener.applicationId, fullName: listener.fullName,
                             programmeCode: listener.programmeCode, groupId: group.id, groupCode: group.code,
                             admittedAt: now),
            cause: cause, in: db)
    }

    /// The group enrolment opened by itself for the programme, before groups were planned in
    /// streams (the skeleton's way, until forming groups by language and capacity replaces it).
    private static func openGroup(for programmeCode: String, in db: Database, now: Date) throws -> StudyGroup {
        let own = StudyGroup.filter(Column("programmeCode") == programmeCode && Column("streamId") == nil).order(Column("code"))
        if let group = try own.fetchOne(db) { return group }
        // `<code>-01`, or the next number free: a planned group may have taken the code.
        var number = 1
        var code = "\(programmeCode)-01"
        while try StudyGroup.filter(Column("code") == code).fetchCount(db) > 0 {
            number += 1
            code = "\(programmeCode)-" + String(format: "%02d", number)
        }
        let group = StudyGroup(id: RecordID.new(), code: code, programmeCode: programmeCode, createdAt: now, streamId: nil,
                               language: nil, form: nil, capacity: nil)
        try group.insert(db)
        return group
    }
}
