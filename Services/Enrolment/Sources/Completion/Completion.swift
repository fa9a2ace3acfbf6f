import EventContracts
import GRDB
import Messaging
import ServiceKit

/// The end of a group's course (4.4): the group is closed and `enrolment.group.completed`
/// names who finished it: every listener an order placed in it who still studies there.
enum Completion {
    static func complete(_ groupId: String, on date: CalendarDate, outbox: Outbox, in db: Database) throws -> GroupCompleted {
        var group = try StudyGroup.existing(groupId, in: db)
        let named = try Order.namedByPlacingOrders(group: group.id, in: db)
        let finishers = try Listener.studying(in: group.id, db).filter { named.contains($0.id) }
        try Refusals.check(CompletionRules.refusals(completed: group.completedOn != nil, finishers: finishers.count))
        group.completedOn = date
        try group.update(db)
        let event = GroupCompleted(
            groupId: group.id, groupCode: group.code, programmeCode: group.programmeCode, completedOn: date,
            listeners: finishers.map { GroupCompleted.Finisher(listenerId: $0.id, candidateId: $0.candidateId, fullName: $0.fullName) })
        try outbox.append(event, cause: .request(), in: db)
        return event
    }
}
