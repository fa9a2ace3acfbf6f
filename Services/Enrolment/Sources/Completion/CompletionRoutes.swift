import EventContracts
import Foundation
import GRDB
import Hummingbird
import Messaging
import ServiceKit

/// The end of a group's course over HTTP: the group is closed and `enrolment.group.completed`
/// lists who finished it.
enum CompletionRoutes {
    static let closers: [Role] = [.operator, .admin, .rector]

    static func add(to router: Router<AppRequestContext>, _ environment: ServiceEnvironment) {
        let database = environment.database
        let close = router.group("v1/groups").add(middleware: RoleGuard(closers))

        close.post(":id/completion") { request, context -> GroupCompleted in
            let id = try context.parameter("id")
            let body = try await request.decodeJSON(CompletionForm.self, context: context)
            var check = FieldValidator()
            let completedOn = check.dateText(body.completedOn, "completedOn")
            try check.validate()
            return try await database.write { db in
                var group = try StudyGroup.existing(id, in: db)
                guard group.completedOn == nil else { throw CompletionText.alreadyCompleted }
                let finishers = try Listener.finishers(of: group, in: db)
                guard !finishers.isEmpty else { throw CompletionText.nobodyAdmitted }
                group.completedOn = completedOn
                try group.update(db)
                let event = GroupCompleted(
                    groupId: group.id, groupCode: group.code, programmeCode: group.programmeCode, completedOn: completedOn!,
                    listeners: finishers.map { GroupCompleted.Finisher(listenerId: $0.id, candidateId: $0.applicationId, fullName: $0.fullName) })
                try environment.outbox.append(event, cause: .request(), in: db)
                return event
            }
        }
    }

    struct CompletionForm: Codable, Sendable {
        var completedOn: String?
    }
}

extension GroupCompleted: ResponseEncodable {}

extension Listener {
    /// Who finished the group's course: admitted by one of its orders and not expelled since.
    static func finishers(of group: StudyGroup, in db: Database) throws -> [Listener] {
        let admitted = try Order.admittedByOrder(group: group.id, in: db)
        return try Listener.filter(Column("groupId") == group.id && Column("status") == Status.studying.rawValue)
            .order(Column("admittedAt")).fetchAll(db).filter { admitted.contains($0.id) }
    }
}

enum CompletionText {
    static let alreadyCompleted = Problem(
        status: .conflict, type: Problem.typeBase + "group-completed",
        title: Localized(kk: "Топтың курсы аяқталған", ru: "Курс группы уже завершён", en: "The group's course has ended"), detail: nil)
    static let nobodyAdmitted = OrderText.conflict(Localized(
        kk: "Топта бұйрықпен қабылданған және оқып жүрген тыңдаушы жоқ",
        ru: "В группе нет слушателей, зачисленных приказом и продолжающих обучение",
        en: "The group has no listener admitted by order and still studying"))
}
