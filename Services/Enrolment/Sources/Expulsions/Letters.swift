import EventContracts
import Foundation
import GRDB
import Mail
import Printing
import ServiceKit
import Storage

/// The letters to employers after they were queued: a copy to print, and a letter the relay
/// refused sent again, to the employer's address as it now is (corrected at intake, say).
enum Letters {
    /// The employers' letters, the latest first: about one listener, or all.
    static func list(listenerId: String?, in db: Database) throws -> [Letter] {
        var query = Mail.order(Column("createdAt").desc)
        if let listenerId { query = query.filter(Column("reference") == EmployerLetter.reference(listenerId)) }
        return try query.fetchListing(db).map(Letter.init)
    }

    /// What a letter says now: the listener, the order, and the employer's current entry.
    struct Draft: Equatable, Sendable {
        var mail: String
        var state: Mail.State
        var listener: Listener
        var employer: Employer
        var order: Order
        var document: PrintedDocument
    }

    static func draft(_ mailId: String, provider: Provider, in db: Database) throws -> Draft {
        guard let mail = try Mail.fetchOne(db, key: mailId), let listenerId = EmployerLetter.listenerId(of: mail.reference),
              let listener = try Listener.fetchOne(db, key: listenerId), let orderId = listener.expulsionOrderId else {
            throw NotFound(StoreText.noLetter)
        }
        let order = try Order.existing(orderId, in: db)
        let employer = try Employer.of(listener, in: db)
        return Draft(mail: mail.id, state: mail.state, listener: listener, employer: employer, order: order,
                     document: EmployerLetter.document(listener: listener, employer: employer, order: order, provider: provider))
    }

    /// The letter as a PDF, to print and send by post.
    static func pdf(_ mailId: String, provider: Provider, in database: any DatabaseReader) async throws -> Data {
        let letter = try await database.read { db in try Self.draft(mailId, provider: provider, in: db) }
        return try PDFRenderer().render(letter.document)
    }

    /// Queues a letter the relay refused for good again, re-addressed and re-rendered.
    static func retry(_ mailId: String, _ environment: ServiceEnvironment) async throws -> Letter {
        let provider = try Provider(environment.settings)
        let settings = MailSettings(environment.settings)
        return try await environment.database.write(
            prepare: { db in
                let draft = try Self.draft(mailId, provider: provider, in: db)
                guard draft.state == .failed else { throw LetterRefusal.notFailed }
                return draft
            },
            outside: { draft in try PDFRenderer().render(draft.document) },
            commit: { draft, pdf, db in
                let message = EmployerLetter.message(listener: draft.listener, employer: draft.employer, order: draft.order,
                                                     provider: provider, mail: settings, pdf: pdf)
                guard try Mail.requeue(draft.mail, as: message, in: db) else { throw LetterRefusal.notFailed }
                return Letter(try Mail.fetchOne(db, key: draft.mail)!)
            })
    }
}

/// A letter is sent again only when the relay refused it for good.
enum LetterRefusal: RuleRefusal {
    case notFailed

    /// The employer is told in writing (7.5): once, and again only when the relay refused.
    var clause: String? { "7.5" }
}
