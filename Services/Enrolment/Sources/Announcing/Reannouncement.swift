import EventContracts
import GRDB
import Messaging

/// What `enrolment announce` publishes again, for a consumer that missed it when it was first
/// announced (assessment, before it was bound to them): the approval of every programme still
/// approved, and every trainer's assignment to a group. A retired programme's approval is not
/// announced again: intake would offer it anew.
enum Reannouncement {
    static func queue(outbox: Outbox, in db: Database) throws -> Int {
        let approved = try Programme.filter(Column("status") == Programme.Status.approved.rawValue).order(Column("code")).fetchAll(db)
        for programme in approved {
            guard let approval = programme.approval else { continue }
            try outbox.append(ProgrammeApproved(programme, approval: approval), cause: .request(), in: db)
        }
        let assignments = try Row.fetchAll(db, sql: "SELECT groupId, trainerId, assignedOn FROM groupTrainer ORDER BY assignedOn, groupId")
        for assignment in assignments {
            let group = try StudyGroup.existing(assignment["groupId"], in: db)
            let trainer = try Trainer.existing(assignment["trainerId"], in: db)
            try outbox.append(TrainerAssigned(trainer, to: group, stream: try group.stream(in: db), on: assignment["assignedOn"]),
                              cause: .request(), in: db)
        }
        return approved.count + assignments.count
    }
}
