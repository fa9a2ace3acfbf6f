import GRDB
import Hummingbird
import Messaging
import ServiceKit

/// Programmes, groups, orders and the listener's course: turns accepted candidates into listeners.
public enum EnrolmentService: QadamService {
    public static let name = "enrolment"
    public static let defaultPort = 8082

    public static func registerMigrations(in migrator: inout DatabaseMigrator) {
        EnrolmentMigrations.register(in: &migrator)
    }

    public static func eventHandlers(_ environment: ServiceEnvironment) -> EventHandlers {
        Admission.handlers(outbox: environment.outbox)
    }

    public static func addRoutes(to router: Router<AppRequestContext>, _ environment: ServiceEnvironment) {
        EnrolmentRoutes.add(to: router, environment)
        ProgrammeRoutes.add(to: router, environment)
        TrainerRoutes.add(to: router, environment)
        OrderRoutes.add(to: router, environment)
    }
}
