import EventContracts
import Foundation
import GRDB
import Hummingbird
import Mail
import Messaging
import Printing
import ServiceKit
import Storage

/// Expulsion (7.5): the listener is expelled by a numbered order, the employer is notified in
/// writing, `enrolment.listener.expelled` is announced and the place goes to the next in line,
/// all in one transaction. The letter's PDF is rendered before it, outside the write.
enum Expulsions {
    /// What the write will do, worked out before it: if any of it changes before the write
    /// (another order takes the number), the letter is rendered again.
    struct Draft: Equatable, Sendable {
        var listener: Listener
        var employer: Employer
        var number: String
        var sequence: Int
        var content: Order.Content
        var letter: PrintedDocument
    }

    static func expel(_ listenerId: String, on ground: ExpulsionReason, orderDate: CalendarDate, by issuer: Identity,
                      _ environment: ServiceEnvironment) async throws -> Expulsion {
        let provider = try Provider(environment.settings)
        let mail = MailSettings(environment.settings)
        return try await environment.database.write(
            prepare: { db in try draft(listenerId, ground: ground, orderDate: orderDate, issuer: issuer, provider: provider, in: db) },
            outside: { draft in try PDFRenderer().render(draft.letter) },
            commit: { draft, pdf, db in
                try commit(draft, pdf: pdf, ground: ground, orderDate: orderDate, issuer: issuer, mail: mail, provider: provider,
                           environment, in: db)
            })
    }

    static func draft(_ listenerId: String, ground: ExpulsionReason, orderDate: CalendarDate, issuer: Identity,
                      provider: Provider, in db: Database) throws -> Draft {
        let listener = try Listener.existing(listenerId, in: db)
        let placing = try Order.placing(listener, in: db)
        try Refusals.check(ExpulsionRules.refusals(listener, placedByOrder: placing != nil, ground: ground,
                                                   owed: try ContractView.find(listener: listener.id, in: db)?.balanceTiyn))
        var content = placing!.content
        content.listeners = [Order.Entry(listener)]
        content.authorityLetters = []
        content.reason = nil
        content.grounds = ground
        content.fromGroupCode = nil
        content.completedModules = nil
        let order = try Order.next(.expulsion, on: orderDate, group: listener.groupId, content: content, by: issuer.subject,
                                   prefix: provider.orderPrefix, in: db)
        let employer = try Employer.of(listener, in: db)
        return Draft(listener: listener, employer: employer, number: order.number, sequence: order.sequence, content: content,
                     letter: EmployerLetter.document(listener: listener, employer: employer, order: order, provider: provider))
    }

    private static func commit(_ draft: Draft, pdf: Data, ground: ExpulsionReason, orderDate: CalendarDate, issuer: Identity,
                               mail: MailSettings, provider: Provider, _ environment: ServiceEnvironment,
                               in db: Database) throws -> Expulsion {
        var listener = draft.listener
        let order = Order(id: RecordID.new(), number: draft.number, year: orderDate.year, sequence: draft.sequence, kind: .expulsion,
                          orderDate: orderDate, groupId: listener.groupId, content: draft.content, issuedBy: issuer.subject,
                          createdAt: Date())
        try order.insert(db)
        listener.expulsionOrderId = order.id
        try Placement.release(&listener, as: .expelled, cause: .request(), environment, in: db)
        let letter = try Mail.queue(EmployerLetter.message(listener: listener, employer: draft.employer, order: order,
                                                           provider: provider, mail: mail, pdf: pdf),
                                    reference: EmployerLetter.reference(listener.id), in: db)
        let expelled = ListenerExpelled(listenerId: listener.id, candidateId: listener.candidateId, groupId: listener.groupId,
                                        reason: ground, orderNumber: order.number, expelledOn: orderDate)
        try environment.outbox.append(expelled, cause: .request(), in: db)
        try environment.outbox.append(expelled.legacy, cause: .request(), in: db)
        return Expulsion(listener: listener, order: order, letter: Letter(letter))
    }
}

/// What an expulsion did.
struct Expulsion: Codable, Sendable, ResponseEncodable {
    var listener: Listener
    var order: Order
    var letter: Letter
}
