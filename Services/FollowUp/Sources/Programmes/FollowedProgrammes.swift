import EventContracts
import GRDB

/// Enrolment's programmes, kept as they were last announced: who leads a programme leads the
/// plans of the teachers it certified (8.2).
enum FollowedProgrammes {
    /// The latest approval says who leads the programme now.
    static func approved(_ approved: ProgrammeApproved, in db: Database) throws {
        var programme = FollowedProgramme(code: approved.code, programmeId: approved.programmeId, titleKk: approved.titleKk,
                                          titleRu: approved.titleRu, leader: approved.leader, leaderId: approved.leaderId,
                                          leaderEmail: approved.leaderEmail,
                                          hours: approved.hours, approvedOn: approved.approvedOn, retiredAt: nil)
        if let known = try FollowedProgramme.fetchOne(db, key: approved.code) {
            // A programme announced again (enrolment's `announce`) was approved when it first was.
            programme.approvedOn = min(known.approvedOn, approved.approvedOn)
            programme.retiredAt = known.retiredAt
        }
        try programme.save(db)
    }

    /// A retired programme certifies no one more; its plans run on to their end.
    static func retired(_ retired: ProgrammeRetired, in db: Database) throws {
        try db.execute(sql: "UPDATE programme SET retiredAt = ? WHERE code = ?", arguments: [retired.retiredAt, retired.code])
    }
}
