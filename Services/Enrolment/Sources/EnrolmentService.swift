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
    public static let summary = "Turns accepted candidates into listeners and runs the course's groups."

    public static func registerMigrations(in migrator: inout DatabaseMigrator) {
        // The mail queue first: enrolment's own migrations reach into it.
        MailMigrations.register(in: &migrator)
        EnrolmentMigrations.register(in: &migrator)
    }

    public static func eventHandlers(_ environment: ServiceEnvironment) -> EventHandlers {
        EnrolmentHandlers.make(environment)
    }

    public static let routes: [any APIRoutes.Type] = [
        ListenerRoutes.self, WaitingListRoutes.self, ProgrammeRoutes.self, TrainerRoutes.self, ScheduleRoutes.self,
        OrderRoutes.self, ExpulsionRoutes.self, ContractRoutes.self, TransferRoutes.self, CompletionRoutes.self,
    ]

    /// Programmes' approvals and trainers' assignments, for `enrolment announce`.
    public static func announceAgain(outbox: Outbox, in db: Database) throws -> Int {
        try Reannouncement.queue(outbox: outbox, in: db)
    }

    /// The employers' letters (7.5) leave through the mail relay.
    public static func backgroundServices(_ environment: ServiceEnvironment) -> [any Service] {
        [MailRelay.of(environment)]
    }
}
