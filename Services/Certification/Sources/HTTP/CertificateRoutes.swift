import Foundation
import GRDB
import Hummingbird
import ServiceKit

enum CertificateRoutes {
    static let staff: [Role] = [.operator, .admin, .rector, .programmeLeader]
    static let notFound = Localized(kk: "Сертификат табылмады", ru: "Сертификат не найден", en: "No such certificate")

    static func add(to router: Router<AppRequestContext>, _ environment: ServiceEnvironment) {
        let database = environment.database

        let staff = router.group("v1/certificates").add(middleware: RoleGuard(staff))
        staff.get { request, _ -> [Certificate] in
            let listenerId = request.uri.queryParameters.get("listenerId")
            return try await database.read { db in
                var query = Certificate.all().order(Column("registrationNumber"))
                if let listenerId { query = query.filter(Column("listenerId") == listenerId) }
                return try query.limit(500).fetchAll(db)
            }
        }

        // The public check behind the QR code: open to anyone, showing only what it must.
        router.get("v1/public/certificates/:number") { _, context -> PublicCertificate in
            let number = try context.parameter("number")
            guard let certificate = try await database.read({ db in
                try Certificate.filter(Column("registrationNumber") == number).fetchOne(db)
            }) else { throw Problem.notFound(notFound) }
            return PublicCertificate(certificate)
        }
    }
}
