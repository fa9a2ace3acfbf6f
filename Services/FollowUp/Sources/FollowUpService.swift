import EventContracts
import GRDB
import Hummingbird
import Mail
import Messaging
import ServiceKit
import ServiceLifecycle

/// A year of post-course follow-up for every certified teacher.
public enum FollowUpService: QadamService {
    public static let name = "follow-up"
    public static let defaultPort = 8085
    public static let summary = "The year of follow-up after a certificate."

    public static func registerMigrations(in migrator: inout DatabaseMigrator) {
        FollowUpMigrations.register(in: &migrator)
        // The leaders' reminders leave through the mail queue, which came later than the plans.
        MailMigrations.register(in: &migrator)
    }

    public static func eventHandlers(_ environment: ServiceEnvironment) -> EventHandlers {
        FollowUpHandlers.make(environment)
    }

    public static let routes: [any APIRoutes.Type] = [PlanRoutes.self, ActivityRoutes.self, MonitoringRoutes.self, EvidenceRoutes.self]

    /// Every plan's opening and closing, for `follow-up announce`: intake's PD records were
    /// bound to them after some were published.
    public static func announceAgain(outbox: Outbox, in db: Database) throws -> Int {
        try outbox.appendAgain([FollowUpPlanOpened.self, FollowUpPlanClosed.self], in: db)
    }

    /// The daily checks (quiet plans, reviews coming due) and the mail relay their letters leave by.
    /// Settings that cannot be read stop the service as it starts.
    public static func backgroundServices(_ environment: ServiceEnvironment) throws -> [any Service] {
        let settings = try FollowUpSettings.of(environment)
        return [
            MailRelay.of(environment),
            FollowUpChecks(database: environment.database, outbox: environment.outbox, today: environment.today, settings: settings,
                           mail: MailSettings(environment.settings), logger: environment.logger),
        ]
    }
}
