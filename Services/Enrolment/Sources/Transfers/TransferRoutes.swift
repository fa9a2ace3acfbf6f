import EventContracts
import Foundation
import GRDB
import Hummingbird
import Messaging
import ServiceKit
import Storage

/// Transfers (7.4.3) and interruptions (7.4.4) over HTTP. A move into another group is a
/// numbered order, the listener's place in the old group goes to the next in line, and
/// `enrolment.listener.transferred` is announced, all in one transaction.
enum TransferRoutes {
    static let movers: [Role] = [.operator, .admin, .rector]
    static let readers: [Role] = [.operator, .admin, .rector, .programmeLeader]

    static func add(to router: Router<AppRequestContext>, _ environment: ServiceEnvironment) {
        let database = environment.database
        let provider = Provider(environment.settings)
        let move = router.group("v1/listeners").add(middleware: RoleGuard(movers))
        let read = router.group("v1/listeners").add(middleware: RoleGuard(readers))

        move.post(":id/transfer") { request, context -> EditedResponse<Move> in
            let id = try context.parameter("id")
            let form = try await request.decodeJSON(TransferForm.self, context: context).validated()
            let moved = try await database.write { db -> Move in
                var listener = try Listener.existing(id, in: db)
                let from = try StudyGroup.existing(listener.groupId, in: db)
                try listener.mayLeave(from, in: db)
                let to = try StudyGroup.destination(form.groupId, in: db)
                let refusals = MoveRules.transferRefusals(from: try from.facts(in: db), to: try to.facts(in: db),
                                                          year: environment.today.date.year)
                guard refusals.isEmpty else { throw Problem.validation(refusals.map { ("groupId", TransferText.message(for: $0)) }) }
                let order = try Move.perform(.transfer, of: &listener, from: from, to: to, reason: form.reason, completedModules: [],
                                             orderDate: form.orderDate, issuer: context.identity!.subject, provider: provider,
                                             environment, in: db)
                return Move(listener: listener, order: order, interruption: nil)
            }
            return EditedResponse(status: .created, headers: [.location: "/v1/orders/\(moved.order.id)"], response: moved)
        }

        move.post(":id/interruption") { request, context -> EditedResponse<Interruption> in
            let id = try context.parameter("id")
            let body = try await request.decodeJSON(InterruptionForm.self, context: context)
            let interruption = try await database.write { db -> Interruption in
                var listener = try Listener.existing(id, in: db)
                let group = try StudyGroup.existing(listener.groupId, in: db)
                try listener.mayLeave(group, in: db)
                let modules = try Programme.find(code: listener.programmeCode, in: db)?.modules.map(\.name) ?? []
                let form = try body.validated(modules: modules)
                let interruption = Interruption(
                    id: RecordID.new(), listenerId: listener.id, groupId: listener.groupId, reason: form.reason, documents: form.documents,
                    completedModules: form.completedModules, interruptedOn: form.interruptedOn, recordedBy: context.identity!.subject,
                    createdAt: Date())
                try interruption.insert(db)
                listener.status = .interrupted
                try listener.update(db)
                try environment.outbox.append(
                    ListenerInterrupted(listenerId: listener.id, candidateId: listener.applicationId, groupId: listener.groupId,
                                        reason: form.reason, completedModules: form.completedModules, interruptedOn: form.interruptedOn),
                    cause: .request(), in: db)
                // The place is free for the next in line.
                try Placement.fill(freedIn: group, cause: .request(), environment, in: db)
                return interruption
            }
            return EditedResponse(status: .created, headers: [.location: "/v1/listeners/\(id)/interruptions"], response: interruption)
        }

        move.post(":id/resumption") { request, context -> EditedResponse<Move> in
            let id = try context.parameter("id")
            let form = try await request.decodeJSON(ResumptionForm.self, context: context).validated()
            let moved = try await database.write { db -> Move in
                var listener = try Listener.existing(id, in: db)
                guard listener.status == .interrupted,
                      var interruption = try Interruption.filter(Column("listenerId") == id && Column("resumedOn") == nil)
                          .order(Column("createdAt").desc).fetchOne(db) else { throw TransferText.notInterrupted }
                let from = try StudyGroup.existing(listener.groupId, in: db)
                let to = try StudyGroup.destination(form.groupId, in: db)
                var problems = MoveRules.resumptionRefusals(left: from.id, to: to.id, group: try to.facts(in: db),
                                                            programmeCode: listener.programmeCode)
                    .map { ("groupId", TransferText.message(for: $0)) }
                if form.orderDate < interruption.interruptedOn { problems.append(("orderDate", TransferText.beforeInterruption)) }
                guard problems.isEmpty else { throw Problem.validation(problems) }
                listener.status = .studying
                let order = try Move.perform(.resumption, of: &listener, from: from, to: to, reason: interruption.reason,
                                             completedModules: interruption.completedModules, orderDate: form.orderDate,
                                             issuer: context.identity!.subject, provider: provider, environment, in: db)
                interruption.resumedOn = form.orderDate
                interruption.resumedGroupId = to.id
                interruption.reinstatementOrderId = order.id
                try interruption.update(db)
                return Move(listener: listener, order: order, interruption: interruption)
            }
            return EditedResponse(status: .created, headers: [.location: "/v1/orders/\(moved.order.id)"], response: moved)
        }

        read.get(":id/interruptions") { _, context -> [Interruption] in
            let id = try context.parameter("id")
            return try await database.read { db in
                _ = try Listener.existing(id, in: db)
                return try Interruption.filter(Column("listenerId") == id).order(Column("createdAt")).fetchAll(db)
            }
        }
    }
}

/// A listener moved into another group, the order that moved them, and for a return to study
/// the interruption it ends.
struct Move: Codable, Sendable, ResponseEncodable {
    var listener: Listener
    var order: Order
    var interruption: Interruption?

    /// Moves `listener` from `from` into `to` by the order `kind` calls for, gives the old place
    /// to the next in line, and announces the move.
    static func perform(_ kind: ListenerTransferred.Kind, of listener: inout Listener, from: StudyGroup, to: StudyGroup, reason: String,
                        completedModules: [String], orderDate: String, issuer: String, provider: Provider,
                        _ environment: ServiceEnvironment, in db: Database) throws -> Order {
        // The move rules let only a group planned in a stream take the listener.
        let programme = try Programme.existing(code: to.programmeCode, in: db)
        let stream = try Stream.fetchOne(db, key: to.streamId!)!
        let content = Order.Content(
            programmeCode: programme.code, programmeTitleKk: programme.titleKk, programmeTitleRu: programme.titleRu,
            hours: programme.hours, groupCode: to.code, startsOn: stream.startsOn, endsOn: stream.endsOn,
            leaders: [programme.leader], listeners: [Order.Entry(listener)], authorityLetters: [], reason: reason,
            fromGroupCode: from.code, completedModules: kind == .resumption ? completedModules : nil)
        let order = try Order.issue(kind == .transfer ? .transfer : .reinstatement, on: orderDate, group: to.id, content: content,
                                    by: issuer, prefix: provider.orderPrefix, in: db)
        listener.groupId = to.id
        try listener.update(db)
        try environment.outbox.append(
            ListenerTransferred(listenerId: listener.id, candidateId: listener.applicationId, kind: kind, programmeCode: programme.code,
                                fromGroupId: from.id, toGroupId: to.id, toGroupCode: to.code, reason: reason,
                                completedModules: completedModules, orderNumber: order.number, movedOn: orderDate),
            cause: .request(), in: db)
        try Placement.fill(freedIn: from, cause: .request(), environment, in: db)
        return order
    }
}

extension Listener {
    /// A listener leaves a group by transfer or interruption only while studying in it, after
    /// the order that placed them there, and before its course has ended.
    func mayLeave(_ group: StudyGroup, in db: Database) throws {
        guard status == .studying else { throw TransferText.notStudying(status) }
        guard try Order.admission(of: self, in: db) != nil else { throw ExpulsionText.notAdmittedByOrder }
        guard group.completedOn == nil else { throw CompletionText.alreadyCompleted }
    }
}

extension StudyGroup {
    /// The group a form names to move into: unknown, it is the form's field that is wrong.
    static func destination(_ id: String, in db: Database) throws -> StudyGroup {
        guard let group = try StudyGroup.fetchOne(db, key: id) else { throw Problem.validation([("groupId", EnrolmentRoutes.groupNotFound)]) }
        return group
    }

    /// What the move rules need to know of the group.
    func facts(in db: Database) throws -> MoveRules.Group {
        let stream = try streamId.flatMap { try Stream.fetchOne(db, key: $0) }
        return MoveRules.Group(programmeCode: programmeCode, streamId: streamId, year: stream?.year, completed: completedOn != nil,
                               freePlaces: try freePlaces(in: db))
    }
}
