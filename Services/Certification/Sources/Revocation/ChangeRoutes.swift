import EventContracts
import Foundation
import Hummingbird
import Mail
import OpenAPIKit
import ServiceKit

/// What becomes of an issued certificate, over HTTP: revocation and reissue (7.6).
enum ChangeRoutes: APIRoutes {
    static let revoke = APIOperation(
        .post, "/v1/certificates/:id/revocation",
        "Revokes a certificate issued in error or obtained by fraud: it stays in the registry, its public check says revoked (with the day and the ground, never the note), and certification.certificate.revoked is announced",
        roles: .orderIssuers, form: RevocationForm.self, response: .named("Certificate"), refusals: [.conflict])
    static let reissue = APIOperation(
        .post, "/v1/certificates/:id/reissue",
        "Issues the certificate again under a new number (a corrected name, a lost original), sends it to the holder, marks the old one superseded with a link to the new, and announces certification.certificate.reissued",
        roles: .orderIssuers, form: ReissueForm.self, status: 201, response: .named("Certificate"), refusals: [.conflict])

    static let operations = [revoke, reissue]

    static func add(to router: Router<AppRequestContext>, _ environment: ServiceEnvironment) throws {
        let database = environment.database
        let settings = try CertificationSettings.of(environment)
        let mail = MailSettings(environment.settings)
        // What the public check kept of a certificate that changes is forgotten once the change commits.
        let views = environment.parts.shared(PublicViews.self) { PublicViews() }

        router.on(revoke) { request, context -> Certificate in
            let id = try context.parameter("id")
            let form = try await request.form(RevocationForm.self, context: context)
            let caller = try context.caller
            let revoked = try await database.write { db in
                try Revocations.revoke(id, reason: form.reason, note: form.note, on: context.today, by: caller,
                                       outbox: environment.outbox, in: db)
            }
            views.forget([revoked.verificationCode])
            return revoked
        }

        router.on(reissue) { request, context -> EditedResponse<Certificate> in
            let id = try context.parameter("id")
            let form = try await request.form(ReissueForm.self, context: context)
            let (old, new) = try await database.write { db in
                (try Certificate.existing(id, in: db),
                 try Reissues.reissue(id, reason: form.reason, fullName: form.fullName, on: context.today, settings: settings,
                                      mail: mail, outbox: environment.outbox, in: db))
            }
            views.forget([old.verificationCode])
            return EditedResponse(status: .created, headers: [.location: "/v1/certificates/\(new.id)"], response: new)
        }
    }
}
