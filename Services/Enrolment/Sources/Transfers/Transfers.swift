import EventContracts
import Foundation
import GRDB
import Hummingbird
import Messaging
import ServiceKit
import Storage

/// Moves between groups (7.4.3, 7.4.4): each into another group is a numbered order that
/// places the listener as an admission does, gives the old place to the next in line, and
/// announces `enrolment.listener.transferred`, in one transaction. An interruption frees the
/// place and announces `enrolment.listener.interrupted`.
enum Transfers {
    /// 7.4.3: to another stream of the current calendar year, for a valid reason.
    static func transfer(_ listenerId: String, to groupId: String, reason: String, orderDate: CalendarDate, by issuer: Identity,
                         _ environment: ServiceEnvironment, in db: Database) throws -> Move {
        var listener = try Listener.existing(listenerId, in: db)
        let from = try StudyGroup.existing(listener.groupId, in: db)
        try mayLeave(listener, from, in: db)
        let to = try destination(groupId, in: db)
        try Refusals.check(MoveRules.transferRefusals(from: try facts(of: from, in: db), to: try facts(of: to, in: db),
                                                      year: environment.today.date.year))
        let order = try move(&listener, .transfer, from: from, to: to, reason: reason, completedModules: [], orderDate: orderDate,
                             issuer: issuer, environment, in: db)
        return Move(listener: listener, order: order, interruption: nil)
    }

    /// 7.4.4: the course broken off for a valid reason, on supporting documents, keeping the
    /// modules completed; the place goes to the next in line.
    static func interrupt(_ listenerId: String, _ form: InterruptionForm.Valid, by recorder: Identity, _ environment: ServiceEnvironment,
                          in db: Database) throws -> Interruption {
        var listener = try Listener.existing(listenerId, in: db)
        try mayLeave(listener, try StudyGroup.existing(listener.groupId, in: db), in: db)
        let modules = try Programme.find(code: listener.programmeCode, in: db)?.modules.map(\.name) ?? []
        try Refusals.check(MoveRules.moduleRefusals(form.completedModules, programmeModules: modules))
        let interruption = Interruption(
            id: RecordID.new(), listenerId: listener.id, groupId: listener.groupId, reason: form.reason, documents: form.documents,
            completedModules: form.completedModules, interruptedOn: form.interruptedOn, recordedBy: recorder.subject, createdAt: Date())
        try interruption.insert(db)
        try Placement.release(&listener, as: .interrupted, cause: .request(), environment, in: db)
        try environment.outbox.append(
            ListenerInterrupted(listenerId: listener.id, candidateId: listener.candidateId, groupId: listener.groupId,
                                reason: form.reason, completedModules: form.completedModules, interruptedOn: form.interruptedOn),
            cause: .request(), in: db)
        return interruption
    }

    /// 7.4.4: back to study in another group, by a reinstatement order that credits the
    /// modules completed before the interruption.
    static func resume(_ listenerId: String, in groupId: String, orderDate: CalendarDate, by issuer: Identity,
                       _ environment: ServiceEnvironment, in db: Database) throws -> Move {
        var listener = try Listener.existing(listenerId, in: db)
        guard listener.status == .interrupted, var interruption = try Interruption.open(of: listener.id, in: db) else {
            throw MoveRules.Refusal.notInterrupted
        }
        let from = try StudyGroup.existing(listener.groupId, in: db)
        let to = try destination(groupId, in: db)
        try Refusals.check(MoveRules.resumptionRefusals(left: from.id, to: try facts(of: to, in: db), programmeCode: listener.programmeCode,
                                                        date: orderDate, interruptedOn: interruption.interruptedOn))
        let order = try move(&listener, .resumption, from: from, to: to, reason: interruption.reason,
                             completedModules: interruption.completedModules, orderDate: orderDate, issuer: issuer, environment, in: db)
        interruption.resumedOn = orderDate
        interruption.resumedGroupId = to.id
        interruption.reinstatementOrderId = order.id
        try interruption.update(db)
        return Move(listener: listener, order: order, interruption: interruption)
    }

    /// Moves `listener` from `from` into `to` by the order `kind` calls for, and announces it.
    private static func move(_ listener: inout Listener, _ kind: ListenerTransferred.Kind, from: StudyGroup, to: StudyGroup,
                             reason: String, completedModules: [String], orderDate: CalendarDate, issuer: Identity,
                             _ environment: ServiceEnvironment, in db: Database) throws -> Order {
        // The move rules let only a group planned in a stream take the listener.
        let programme = try Programme.existing(code: to.programmeCode, in: db)
        var content = Order.Content(programme: programme, group: to, dates: try Stream.existing(to.streamId!, in: db).dates,
                                    leaders: [programme.leader], listeners: [Order.Entry(listener)])
        content.reason = reason
        content.fromGroupCode = from.code
        content.completedModules = kind == .resumption ? completedModules : nil
        let order = try Order.issue(kind == .transfer ? .transfer : .reinstatement, on: orderDate, group: to.id, content: content,
                                    by: issuer.subject, prefix: try Provider(environment.settings).orderPrefix, in: db)
        try Placement.move(&listener, to: to, cause: .request(), environment, in: db)
        try environment.outbox.append(
            ListenerTransferred(listenerId: listener.id, candidateId: listener.candidateId, kind: kind, programmeCode: programme.code,
                                fromGroupId: from.id, toGroupId: to.id, toGroupCode: to.code, toStream: try to.stream(in: db)?.announced,
                                reason: reason,
                                completedModules: completedModules, orderNumber: order.number, movedOn: orderDate),
            cause: .request(), in: db)
        return order
    }

    private static func mayLeave(_ listener: Listener, _ group: StudyGroup, in db: Database) throws {
        try Refusals.check(MoveRules.leavingRefusals(status: listener.status, placedByOrder: try Order.placing(listener, in: db) != nil,
                                                     groupCompleted: group.completedOn != nil))
    }

    /// The group a form names to move into: unknown, it is the form's field that is wrong.
    private static func destination(_ id: String, in db: Database) throws -> StudyGroup {
        guard let group = try StudyGroup.fetchOne(db, key: id) else { throw MoveRules.Refusal.unknownGroup }
        return group
    }

    /// What the move rules need to know of a group.
    private static func facts(of group: StudyGroup, in db: Database) throws -> MoveRules.Group {
        MoveRules.Group(id: group.id, programmeCode: group.programmeCode, streamId: group.streamId, year: try group.stream(in: db)?.year,
                        completed: group.completedOn != nil, freePlaces: try group.freePlaces(in: db))
    }
}

/// A listener moved into another group, the order that moved them, and for a return to study
/// the interruption it ends.
struct Move: Codable, Sendable, ResponseEncodable {
    var listener: Listener
    var order: Order
    var interruption: Interruption?
}
