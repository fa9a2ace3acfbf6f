import GRDB
import Hummingbird
import Messaging
import ServiceKit

/// Current checks and final assessments; decides who passed.
public enum AssessmentService: QadamService {
    public static let name = "assessment"
    public static let defaultPort = 8083
    public static let summary = "Assessment of listeners and their final results."

    public static func registerMigrations(in migrator: inout DatabaseMigrator) {
        AssessmentMigrations.register(in: &migrator)
    }

    public static func eventHandlers(_ environment: ServiceEnvironment) -> EventHandlers {
        AssessmentHandlers.make(environment)
    }

    public static let routes: [any APIRoutes.Type] = [ListenerRoutes.self, FinalAssessmentRoutes.self]
}
