import EventContracts
import GRDB
import Messaging

/// Assessment's copies of enrolment's groups: their dates and their trainers, who grade them.
enum AssessedGroups {
    /// A group named by an admission, a move or a trainer's assignment, with its stream's dates
    /// when the event carries them (an older enrolment's admission does not).
    static func know(_ groupId: String, code: String, programmeCode: String, stream: StreamDates?, in db: Database) throws {
        var group = try AssessedGroup.fetchOne(db, key: groupId) ?? AssessedGroup(id: groupId, code: code, programmeCode: programmeCode)
        if let stream {
            group.streamId = stream.streamId
            group.startsOn = stream.startsOn
            group.endsOn = stream.endsOn
        }
        try group.save(db)
    }

    /// A trainer assigned to a group grades its listeners from now on. Assignments only add, so
    /// their order does not matter.
    static func assign(_ assigned: TrainerAssigned, in db: Database) throws {
        try know(assigned.groupId, code: assigned.groupCode, programmeCode: assigned.programmeCode, stream: assigned.stream, in: db)
        try GroupTrainer(groupId: assigned.groupId, trainerId: assigned.trainerId, fullName: assigned.fullName)
            .insert(db, onConflict: .ignore)
    }
}
