import EventContracts
import GRDB
import Messaging

/// Assessment's copies of enrolment's groups: their dates and their trainers, who grade them.
enum AssessedGroups {
    /// A group named by an admission or a move, known by its code until its trainers bring its dates.
    static func know(_ groupId: String, code: String, programmeCode: String, in db: Database) throws {
        try AssessedGroup(id: groupId, code: code, programmeCode: programmeCode).insert(db, onConflict: .ignore)
    }

    /// A trainer assigned to a group grades its listeners from now on; the group's stream dates
    /// come with them. Assignments only add, so their order does not matter.
    static func assign(_ assigned: TrainerAssigned, in db: Database) throws {
        var group = try AssessedGroup.fetchOne(db, key: assigned.groupId)
            ?? AssessedGroup(id: assigned.groupId, code: assigned.groupCode, programmeCode: assigned.programmeCode)
        group.streamId = assigned.streamId ?? group.streamId
        group.startsOn = assigned.startsOn ?? group.startsOn
        group.endsOn = assigned.endsOn ?? group.endsOn
        try group.save(db)
        try GroupTrainer(groupId: assigned.groupId, trainerId: assigned.trainerId, fullName: assigned.fullName)
            .insert(db, onConflict: .ignore)
    }
}
