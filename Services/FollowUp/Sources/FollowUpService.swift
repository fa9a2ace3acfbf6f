import GRDB
import Hummingbird
import Messaging
import ServiceKit

/// A year of post-course follow-up for every certified teacher.
public enum FollowUpService: QadamService {
    public static let name = "follow-up"
    public static let defaultPort = 8085
    public static let summary = "The year of follow-up after a certificate."

    public static func registerMigrations(in migrator: inout DatabaseMigrator) {
        FollowUpMigrations.register(in: &migrator)
    }

    public static func eventHandlers(_ environment: ServiceEnvironment) -> EventHandlers {
        FollowUpHandlers.make(environment)
    }

    public static let routes: [any APIRoutes.Type] = [PlanRoutes.self, ActivityRoutes.self]
}
