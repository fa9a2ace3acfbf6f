import Printing
import Foundation
import GRDB
import Hummingbird
import ServiceKit
import Storage

/// Rector's orders over HTTP: issued by staff for a group, read as JSON or as the PDF to sign.
enum OrderRoutes {
    static let issuers: [Role] = [.operator, .admin, .rector]
    static let readers: [Role] = [.operator, .admin, .rector, .programmeLeader]

    static func add(to router: Router<AppRequestContext>, _ environment: ServiceEnvironment) {
        let database = environment.database
        let provider = Provider(environment.settings)
        let issue = router.group("v1/groups").add(middleware: RoleGuard(issuers))
        let read = router.group("v1/orders").add(middleware: RoleGuard(readers))

        issue.post(":id/admission-order") { request, context -> EditedResponse<Order> in
            let groupId = try context.parameter("id")
            let body = try await request.decodeJSON(AdmissionOrderForm.self, context: context)
            let order = try await database.write { db -> Order in
                let group = try StudyGroup.existing(groupId, in: db)
                guard let programme = try Programme.find(code: group.programmeCode, in: db), programme.status == .approved else {
                    throw OrderText.programmeNotApproved
                }
                let listeners = try Listener.notYetAdmittedByOrder(in: group, db)
                guard !listeners.isEmpty else { throw OrderText.noListeners }
                let stream = try group.streamId.flatMap { try Stream.fetchOne(db, key: $0) }
                let form = try body.validated(budgetListeners: listeners.contains { $0.funding == "budget" }, stream: stream)
                return try Order.issue(
                    .admission, on: form.orderDate, group: group.id,
                    content: Order.Content(
                        programmeCode: programme.code, programmeTitleKk: programme.titleKk, programmeTitleRu: programme.titleRu,
                        hours: programme.hours, groupCode: group.code, startsOn: form.startsOn, endsOn: form.endsOn,
                        leaders: form.leaders, listeners: listeners.map(Order.Entry.init), authorityLetters: form.authorityLetters,
                        reason: nil),
                    by: context.identity!.subject, prefix: provider.orderPrefix, in: db)
            }
            return EditedResponse(status: .created, headers: [.location: "/v1/orders/\(order.id)"], response: order)
        }

        read.get { request, _ -> [Order] in
            let groupId = request.uri.queryParameters.get("groupId")
            return try await database.read { db in
                var query = Order.order(Column("year").desc, Column("sequence").desc)
                if let groupId { query = query.filter(Column("groupId") == groupId) }
                return try query.limit(500).fetchAll(db)
            }
        }

        read.get(":id") { _, context -> Order in
            let id = try context.parameter("id")
            return try await database.read { db in try Order.existing(id, in: db) }
        }

        read.get(":id/pdf") { _, context -> Response in
            let id = try context.parameter("id")
            let order = try await database.read { db in try Order.existing(id, in: db) }
            let document = switch order.kind {
            case .admission: OrderDocument.admission(order, provider: provider)
            case .expulsion: OrderDocument.expulsion(order, provider: provider)
            case .transfer: OrderDocument.transfer(order, provider: provider)
            case .reinstatement: OrderDocument.reinstatement(order, provider: provider)
            }
            let pdf = try PDFRenderer().render(document)
            return Response(status: .ok, headers: [
                .contentType: "application/pdf",
                .contentDisposition: "inline; filename=\"order-\(order.year)-\(order.sequence).pdf\"",
            ], body: .init(byteBuffer: ByteBuffer(data: pdf)))
        }
    }
}

extension Order {
    static func existing(_ id: String, in db: Database) throws -> Order {
        guard let order = try Order.fetchOne(db, key: id) else { throw Problem.notFound(OrderText.notFound) }
        return order
    }
}

extension Order.Entry {
    init(_ listener: Listener) {
        self.init(listenerId: listener.id, fullName: listener.fullName,
                  organisation: listener.employerNameRu ?? listener.employerNameKk, funding: listener.funding)
    }
}

extension Listener {
    /// The group's listeners studying in it that no order names yet, in the order they came:
    /// not those who withdrew or interrupted the course before the order.
    static func notYetAdmittedByOrder(in group: StudyGroup, _ db: Database) throws -> [Listener] {
        let named = try Order.admittedByOrder(group: group.id, in: db)
        return try Listener.filter(Column("groupId") == group.id && Column("status") == Status.studying.rawValue)
            .order(Column("admittedAt")).fetchAll(db)
            .filter { !named.contains($0.id) }
    }
}
