import GRDB
import Hummingbird
import Messaging
import ServiceKit

/// Where teachers and organisations reach the centre: requests, applications, documents.
public enum IntakeService: QadamService {
    public static let name = "intake"
    public static let defaultPort = 8081

    public static func registerMigrations(in migrator: inout DatabaseMigrator) {
        IntakeMigrations.register(in: &migrator)
    }

    public static func eventHandlers(_ environment: ServiceEnvironment) -> EventHandlers {
        IntakeHandlers.make()
    }

    public static func addRoutes(to router: Router<AppRequestContext>, _ environment: ServiceEnvironment) {
        OrganisationRoutes.add(to: router, environment)
        RequestRoutes.add(to: router, environment)
        DocumentRoutes.add(to: router, environment)
        ApplicationRoutes.add(to: router, environment)
        CandidateRoutes.add(to: router, environment)
        QuestionnaireRoutes.add(to: router, environment)
    }
}
