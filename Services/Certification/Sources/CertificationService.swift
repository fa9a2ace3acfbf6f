import EventContracts
import GRDB
import Hummingbird
import Mail
import Messaging
import ServiceKit
import ServiceLifecycle

/// The certificate registry: numbers, certificates and their public check.
public enum CertificationService: QadamService {
    public static let name = "certification"
    public static let defaultPort = 8084
    public static let summary = "Certificates, their registry, and the public check anyone may make."

    public static func registerMigrations(in migrator: inout DatabaseMigrator) {
        CertificationMigrations.register(in: &migrator)
        // The certificates' letters leave through the mail queue, which came later than the registry.
        MailMigrations.register(in: &migrator)
    }

    public static func eventHandlers(_ environment: ServiceEnvironment) throws -> EventHandlers {
        try CertificationHandlers.make(environment)
    }

    public static let routes: [any APIRoutes.Type] = [
        RegistryRoutes.self, ChangeRoutes.self, PublicCheckRoutes.self, CheckLogRoutes.self, HolderRoutes.self, CredentialRoutes.self,
    ]

    /// Every certificate's issue, reissue and revocation, for `certification announce`: intake's
    /// PD records and follow-up's plans were bound to them after some were published.
    public static func announceAgain(outbox: Outbox, in db: Database) throws -> Int {
        try outbox.appendAgain([CertificateIssued.self, CertificateReissued.self, CertificateRevoked.self], in: db)
    }

    /// Certificates leave for their holders through the mail relay; the public checks' log is
    /// written as it fills.
    public static func backgroundServices(_ environment: ServiceEnvironment) -> [any Service] {
        [
            MailRelay.of(environment),
            CheckLog.Writer(log: environment.parts.shared(CheckLog.self) { CheckLog() }, database: environment.database,
                            logger: environment.logger),
        ]
    }
}
