import GRDB
import Hummingbird
import Messaging
import ServiceKit

/// Assessment plans, current checks and final assessments, reassessments and reports; decides who passed.
public enum AssessmentService: QadamService {
    public static let name = "assessment"
    public static let defaultPort = 8083
    public static let summary = "Assessment plans, grades, the decision of who passed, reassessments and reports."

    public static func registerMigrations(in migrator: inout DatabaseMigrator) {
        AssessmentMigrations.register(in: &migrator)
    }

    public static func eventHandlers(_ environment: ServiceEnvironment) -> EventHandlers {
        AssessmentHandlers.make(environment)
    }

    public static let routes: [any APIRoutes.Type] = [
        ListenerRoutes.self, PlanRoutes.self, GradeRoutes.self, DecisionRoutes.self, ReassessmentRoutes.self, ReportRoutes.self,
    ]
}
