import GRDB
import Hummingbird
import Messaging
import ServiceKit

/// Where teachers and organisations reach the centre: requests, applications, documents.
public enum IntakeService: QadamService {
    public static let name = "intake"
    public static let defaultPort = 8081
    public static let summary =
        "Where teachers and organisations reach the PD centre: organisations, requests, individual applications, questionnaires and documents."

    public static func registerMigrations(in migrator: inout DatabaseMigrator) {
        IntakeMigrations.register(in: &migrator)
    }

    public static func eventHandlers(_ environment: ServiceEnvironment) -> EventHandlers {
        IntakeHandlers.make(environment)
    }

    public static let routes: [any APIRoutes.Type] = [
        OrganisationRoutes.self, ProgrammeRoutes.self, RequestRoutes.self, ApplicationRoutes.self, CandidateRoutes.self,
        DocumentRoutes.self, QuestionnaireRoutes.self, PDRecordRoutes.self,
    ]
}
