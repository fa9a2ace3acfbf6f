import EventContracts
import Foundation
import GRDB
import Messaging
import ServiceKit

/// Trainers' records, and their assignment to groups, where regulation 5's rules are applied.
enum Trainers {
    static func record(_ form: TrainerForm.Valid, in db: Database) throws -> Trainer {
        let now = Date()
        let trainer = Trainer(form, createdAt: now, now: now)
        try trainer.insert(db)
        return trainer
    }

    static func rewrite(_ id: String, with form: TrainerForm.Valid, in db: Database) throws -> Trainer {
        let existing = try Trainer.existing(id, in: db)
        let trainer = Trainer(form, id: id, createdAt: existing.createdAt, now: Date())
        try trainer.update(db)
        return trainer
    }

    /// Assigns the trainer to the group, if they may teach all the days it studies: its stream's
    /// dates, or `today` for a group planned without a stream. Assessment hears of it
    /// (`enrolment.trainer.assigned`): the trainer grades that group's listeners.
    static func assign(_ trainerId: String, to groupId: String, by assigner: Identity, today: CalendarDate,
                       outbox: Outbox, in db: Database) throws -> Trainer {
        let group = try StudyGroup.existing(groupId, in: db)
        guard let trainer = try Trainer.fetchOne(db, key: trainerId) else { throw TrainerRules.Refusal.unknownTrainer }
        let stream = try group.stream(in: db)
        let dates = stream?.dates ?? today...today
        try Refusals.check(TrainerRules.refusals(of: trainer, for: dates))
        try db.execute(sql: """
            INSERT INTO groupTrainer (groupId, trainerId, assignedOn, assignedBy) VALUES (?, ?, ?, ?)
            ON CONFLICT DO NOTHING
            """, arguments: [group.id, trainer.id, today, assigner.subject])
        guard db.changesCount > 0 else { throw TrainerRules.Refusal.alreadyAssigned }
        try outbox.append(TrainerAssigned(trainer, to: group, stream: stream, on: today), cause: .request(), in: db)
        return trainer
    }
}

extension TrainerAssigned {
    init(_ trainer: Trainer, to group: StudyGroup, stream: Stream?, on day: CalendarDate) {
        self.init(trainerId: trainer.id, fullName: trainer.fullName, groupId: group.id, groupCode: group.code,
                  programmeCode: group.programmeCode, stream: stream?.announced, assignedOn: day)
    }
}
