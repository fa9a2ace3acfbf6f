import EventContracts
import Foundation
import GRDB
import Messaging
import ServiceKit

/// Withdrawing a certificate issued in error or obtained by fraud: it stays in the registry,
/// marked revoked with the day and the ground, and its public check says so from then on.
enum Revocations {
    static func revoke(_ id: String, reason: RevocationReason, note: String?, on day: CalendarDate, by caller: Identity,
                       outbox: Outbox, in db: Database) throws -> Certificate {
        var certificate = try Certificate.existing(id, in: db)
        try CertificateRules.checkStands(certificate)
        certificate.status = .revoked
        certificate.revocation = .init(reason: reason, on: day, note: note, by: caller.subject)
        try certificate.update(db)
        try outbox.append(CertificateRevoked(certificateId: certificate.id, registrationNumber: certificate.registrationNumber,
                                             listenerId: certificate.listenerId, reason: reason, revokedOn: day),
                          cause: .request(), in: db)
        return certificate
    }
}
