import GRDB
import Hummingbird
import Messaging
import ServiceKit

/// The certificate registry: numbers, certificates and their public check.
public enum CertificationService: QadamService {
    public static let name = "certification"
    public static let defaultPort = 8084
    public static let summary = "Certificates, their registry, and the public check anyone may make."

    public static func registerMigrations(in migrator: inout DatabaseMigrator) {
        CertificationMigrations.register(in: &migrator)
    }

    public static func eventHandlers(_ environment: ServiceEnvironment) -> EventHandlers {
        CertificationHandlers.make(environment)
    }

    public static let routes: [any APIRoutes.Type] = [RegistryRoutes.self, PublicCheckRoutes.self]
}
