import Foundation
import GRDB
import Hummingbird
import ServiceKit

enum EnrolmentRoutes {
    static let staff: [Role] = [.operator, .admin, .programmeLeader, .rector]
    static let listenerNotFound = Localized(kk: "Тыңдаушы табылмады", ru: "Слушатель не найден", en: "No such listener")
    static let groupNotFound = Localized(kk: "Топ табылмады", ru: "Группа не найдена", en: "No such group")

    static func add(to router: Router<AppRequestContext>, _ environment: ServiceEnvironment) {
        let staff = router.group("v1").add(middleware: RoleGuard(staff))
        let database = environment.database

        staff.get("listeners") { request, _ -> [Listener] in
            let applicationId = request.uri.queryParameters.get("applicationId")
            let groupId = request.uri.queryParameters.get("groupId")
            return try await database.read { db in
                var query = Listener.all().order(Column("admittedAt"))
                if let applicationId { query = query.filter(Column("applicationId") == applicationId) }
                if let groupId { query = query.filter(Column("groupId") == groupId) }
                return try query.limit(500).fetchAll(db)
            }
        }

        // Who waits for a place (4.2), first in line first.
        staff.get("waiting-list") { request, _ -> [WaitingCandidate] in
            let programmeCode = request.uri.queryParameters.get("programmeCode")
            return try await database.read { db in
                var query = WaitingCandidate.order(Column("position"))
                if let programmeCode { query = query.filter(Column("programmeCode") == programmeCode) }
                return try query.limit(500).fetchAll(db)
            }
        }

        staff.get("listeners/:id") { _, context -> Listener in
            let id = try context.parameter("id")
            return try await database.read { db in try Listener.existing(id, in: db) }
        }

        staff.get("groups/:id") { _, context -> StudyGroup in
            let id = try context.parameter("id")
            return try await database.read { db in try StudyGroup.existing(id, in: db) }
        }
    }
}
