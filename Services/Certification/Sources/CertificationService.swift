import GRDB
import Hummingbird
import Messaging
import ServiceKit

/// The certificate registry: numbers, certificates and their public check.
public enum CertificationService: QadamService {
    public static let name = "certification"
    public static let defaultPort = 8084

    public static func registerMigrations(in migrator: inout DatabaseMigrator) {
        CertificationMigrations.register(in: &migrator)
    }

    public static func eventHandlers(_ environment: ServiceEnvironment) -> EventHandlers {
        // The provider's certificate prefix is configuration (CERTIFICATE_PREFIX), never code.
        let prefix = environment.settings.reader.string(forKey: "certificate.prefix", default: "QDM")
        return Issuing.handlers(outbox: environment.outbox, prefix: prefix)
    }

    public static func addRoutes(to router: Router<AppRequestContext>, _ environment: ServiceEnvironment) {
        CertificateRoutes.add(to: router, environment)
    }
}
