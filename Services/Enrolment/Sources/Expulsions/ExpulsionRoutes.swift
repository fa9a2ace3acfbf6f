import EventContracts
import Printing
import Foundation
import GRDB
import Hummingbird
import Mail
import Messaging
import ServiceKit
import Storage

/// Expulsion (7.5) over HTTP: an order, the listener dismissed, the employer's letter queued
/// and `enrolment.listener.dismissed` announced, all in one transaction.
enum ExpulsionRoutes {
    static let expellers: [Role] = [.operator, .admin, .rector]
    static let readers: [Role] = [.operator, .admin, .rector, .programmeLeader]

    static func add(to router: Router<AppRequestContext>, _ environment: ServiceEnvironment) {
        let database = environment.database
        let provider = Provider(environment.settings)
        let mail = MailSettings(environment.settings)
        let expel = router.group("v1/listeners").add(middleware: RoleGuard(expellers))
        let resend = router.group("v1/letters").add(middleware: RoleGuard(expellers))
        let letters = router.group("v1/letters").add(middleware: RoleGuard(readers))

        expel.post(":id/expulsion") { request, context -> EditedResponse<Expulsion> in
            let id = try context.parameter("id")
            let form = try await request.decodeJSON(ExpulsionForm.self, context: context).validated()
            let expulsion = try await database.write { db -> Expulsion in
                var listener = try Listener.existing(id, in: db)
                switch listener.status {
                case .studying: break
                case .dismissed: throw ExpulsionText.alreadyDismissed
                case .withdrawn, .interrupted: throw TransferText.notStudying(listener.status)
                }
                guard let admission = try Order.admission(of: listener, in: db) else { throw ExpulsionText.notAdmittedByOrder }
                // Non-payment is a ground only where the contract leaves something owed.
                if form.reason == .unpaid, try ContractView.find(listener: listener.id, in: db)?.balanceTiyn ?? 0 == 0 {
                    throw Problem.validation([("reason", ExpulsionText.nothingOwed)])
                }
                var content = admission.content
                content.listeners = [Order.Entry(listener)]
                content.authorityLetters = []
                content.reason = form.reason.rawValue
                content.fromGroupCode = nil
                content.completedModules = nil
                let order = try Order.issue(.expulsion, on: form.orderDate, group: listener.groupId, content: content,
                                            by: context.identity!.subject, prefix: provider.orderPrefix, in: db)
                listener.status = .dismissed
                listener.dismissalOrderId = order.id
                try listener.update(db)

                let pdf = try PDFRenderer().render(EmployerLetter.document(listener: listener, order: order, provider: provider))
                let letter = try Mail.queue(EmployerLetter.message(listener: listener, order: order, provider: provider, mail: mail, pdf: pdf),
                                            reference: Expulsion.reference(listener.id), in: db)
                try environment.outbox.append(
                    ListenerDismissed(listenerId: listener.id, candidateId: listener.applicationId, groupId: listener.groupId,
                                      reason: form.reason, orderNumber: order.number, dismissedOn: form.orderDate),
                    cause: .request(), in: db)
                // The place is free for the next in line.
                try Placement.fill(freedIn: try StudyGroup.existing(listener.groupId, in: db), cause: .request(),
                                   environment, in: db)
                return Expulsion(listener: listener, order: order, letter: Letter(letter))
            }
            return EditedResponse(status: .created, headers: [.location: "/v1/orders/\(expulsion.order.id)"], response: expulsion)
        }

        letters.get { request, _ -> [Letter] in
            let listenerId = request.uri.queryParameters.get("listenerId")
            return try await database.read { db in
                var query = Mail.order(Column("createdAt").desc)
                if let listenerId { query = query.filter(Column("reference") == Expulsion.reference(listenerId)) }
                return try query.limit(500).fetchAll(db).map(Letter.init)
            }
        }

        // A letter the relay refused for good goes again once the cause is mended.
        resend.post(":id/retry") { _, context -> Letter in
            let id = try context.parameter("id")
            return try await database.write { db in
                guard try Mail.fetchOne(db, key: id) != nil else { throw Problem.notFound(ExpulsionText.letterNotFound) }
                guard try Mail.requeue(id, in: db) else { throw ExpulsionText.notFailed }
                return Letter(try Mail.fetchOne(db, key: id)!)
            }
        }

        // A copy to print and send by post.
        letters.get(":id/pdf") { _, context -> Response in
            let id = try context.parameter("id")
            let (listener, order) = try await database.read { db -> (Listener, Order) in
                guard let letter = try Mail.fetchOne(db, key: id), let listenerId = Expulsion.listenerId(letter.reference) else {
                    throw Problem.notFound(ExpulsionText.letterNotFound)
                }
                let listener = try Listener.existing(listenerId, in: db)
                guard let orderId = listener.dismissalOrderId else { throw Problem.notFound(ExpulsionText.letterNotFound) }
                return (listener, try Order.existing(orderId, in: db))
            }
            let pdf = try PDFRenderer().render(EmployerLetter.document(listener: listener, order: order, provider: provider))
            return Response(status: .ok, headers: [.contentType: "application/pdf"], body: .init(byteBuffer: ByteBuffer(data: pdf)))
        }
    }
}

/// What an expulsion did.
struct Expulsion: Codable, Sendable, ResponseEncodable {
    var listener: Listener
    var order: Order
    var letter: Letter

    static func reference(_ listenerId: String) -> String { "dismissal:\(listenerId)" }

    static func listenerId(_ reference: String) -> String? {
        reference.hasPrefix("dismissal:") ? String(reference.dropFirst("dismissal:".count)) : nil
    }
}

/// A letter and its delivery state, without its content.
struct Letter: Codable, Sendable, Equatable, ResponseEncodable {
    var id: String
    var messageId: String
    var recipient: String
    var subject: String
    var state: Mail.State
    var attempts: Int
    var lastError: String?
    var createdAt: Date
    var sentAt: Date?
}

extension Letter {
    init(_ mail: Mail) {
        self.init(id: mail.id, messageId: mail.messageId, recipient: mail.recipient, subject: mail.subject, state: mail.state,
                  attempts: mail.attempts, lastError: mail.lastError, createdAt: mail.createdAt, sentAt: mail.sentAt)
    }
}

extension Order {
    /// The order that placed `listener` in their group (admission, transfer or reinstatement), if one was issued.
    static func admission(of listener: Listener, in db: Database) throws -> Order? {
        try admissions(ofGroup: listener.groupId, in: db).last { $0.content.listeners.contains { $0.listenerId == listener.id } }
    }
}

extension Listener {
    static func existing(_ id: String, in db: Database) throws -> Listener {
        guard let listener = try Listener.fetchOne(db, key: id) else { throw Problem.notFound(EnrolmentRoutes.listenerNotFound) }
        return listener
    }
}
