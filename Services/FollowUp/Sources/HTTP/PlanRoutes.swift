import GRDB
import Hummingbird
import ServiceKit

enum PlanRoutes {
    static let staff: [Role] = [.operator, .admin, .programmeLeader]

    static func add(to router: Router<AppRequestContext>, _ environment: ServiceEnvironment) {
        let database = environment.database
        let staff = router.group("v1/plans").add(middleware: RoleGuard(staff))
        staff.get { request, _ -> [FollowUpPlan] in
            let listenerId = request.uri.queryParameters.get("listenerId")
            return try await database.read { db in
                var query = FollowUpPlan.all().order(Column("startsOn"))
                if let listenerId { query = query.filter(Column("listenerId") == listenerId) }
                return try query.limit(500).fetchAll(db)
            }
        }
    }
}
