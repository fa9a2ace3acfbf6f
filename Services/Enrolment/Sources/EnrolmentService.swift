import GRDB
import Hummingbird
import Mail
import Messaging
import ServiceKit
import ServiceLifecycle

/// Programmes, groups, orders and the listener's course: turns accepted candidates into listeners.
public enum EnrolmentService: QadamService {
    public static let name = "enrolment"
    public static let defaultPort = 8082

    public static func registerMigrations(in migrator: inout DatabaseMigrator) {
        EnrolmentMigrations.register(in: &migrator)
        MailMigrations.register(in: &migrator)
    }

    public static func eventHandlers(_ environment: ServiceEnvironment) -> EventHandlers {
        Admission.handlers(environment)
    }

    public static func addRoutes(to router: Router<AppRequestContext>, _ environment: ServiceEnvironment) {
        EnrolmentRoutes.add(to: router, environment)
        ProgrammeRoutes.add(to: router, environment)
        TrainerRoutes.add(to: router, environment)
        OrderRoutes.add(to: router, environment)
        ExpulsionRoutes.add(to: router, environment)
        ContractRoutes.add(to: router, environment)
        ScheduleRoutes.add(to: router, environment)
        CompletionRoutes.add(to: router, environment)
        TransferRoutes.add(to: router, environment)
    }

    /// The employer's letters (7.5) leave through the mail relay.
    public static func backgroundServices(_ environment: ServiceEnvironment) -> [any Service] {
        let mail = MailSettings(environment.settings)
        return [MailRelay(database: environment.database,
                          relay: SMTPRelay(url: mail.relayURL, username: mail.username, password: mail.password),
                          logger: environment.logger)]
    }
}
