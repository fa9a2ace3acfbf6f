import EventContracts
import Foundation
import GRDB
import Hummingbird
import OpenAPIKit
import ServiceKit

/// Rector's orders over HTTP: an admission order issued by staff for a group, and every order
/// read as JSON or as the PDF to sign.
enum OrderRoutes: APIRoutes {
    static let issueAdmission = APIOperation(
        .post, "/v1/groups/:id/admission-order",
        "Issues the numbered rector's order admitting the group's listeners not yet in an order (4.3); budget listeners need the authorities' letters (6.8). The course's dates are the stream's unless the order names its own within them (required for a group without a stream)",
        roles: .orderIssuers, form: AdmissionOrderForm.self, status: 201, response: .named("Order"), refusals: [.conflict, .invalid])
    static let list = APIOperation(.get, "/v1/orders", "Orders, newest first, optionally of one group", roles: .courseStaff,
                                   query: OrderFilter.self, response: .array(items: .named("Order")))
    static let one = APIOperation(.get, "/v1/orders/:id", "One order", roles: .courseStaff, response: .named("Order"))
    static let pdf = APIOperation(.get, "/v1/orders/:id/pdf", "The order in Kazakh and Russian, ready to sign", roles: .courseStaff,
                                  response: nil, download: ["application/pdf"])

    static let operations = [issueAdmission, list, one, pdf]

    static func add(to router: Router<AppRequestContext>, _ environment: ServiceEnvironment) throws {
        let database = environment.database
        let provider = try Provider(environment.settings)

        router.on(issueAdmission) { request, context -> EditedResponse<Order> in
            let groupId = try context.parameter("id")
            let form = try await request.form(AdmissionOrderForm.self, context: context)
            let issuer = try context.caller
            let order = try await database.write { db in
                try Orders.issueAdmission(for: groupId, form, by: issuer, provider: provider, in: db)
            }
            return EditedResponse(status: .created, headers: [.location: "/v1/orders/\(order.id)"], response: order)
        }

        router.on(list) { request, context -> [Order] in
            let filter = try request.query(OrderFilter.self, context: context)
            return try await database.read { db in try Order.list(groupId: filter.groupId, in: db) }
        }

        router.on(one) { _, context -> Order in
            let id = try context.parameter("id")
            return try await database.read { db in try Order.existing(id, in: db) }
        }

        router.on(pdf) { _, context -> Response in
            let id = try context.parameter("id")
            let (order, pdf) = try await Orders.pdf(id, provider: provider, in: database)
            return Response(status: .ok, headers: [
                .contentType: "application/pdf",
                .contentDisposition: "inline; filename=\"order-\(order.year)-\(order.sequence).pdf\"",
            ], body: .init(byteBuffer: ByteBuffer(data: pdf)))
        }
    }

    static let schemas: [String: JSONSchema] = [
        "Order": .object([
            "id": .identifier, "number": .string, "year": .integer(2000...2099), "sequence": .integer(minimum: (1, exclusive: false)),
            "kind": .choice(Order.Kind.self), "orderDate": .calendarDate, "groupId": .identifier,
            "content": .object([
                "programmeCode": .string, "programmeTitleKk": .string, "programmeTitleRu": .string,
                "hours": .integer(minimum: (1, exclusive: false)), "groupCode": .string, "startsOn": .calendarDate,
                "endsOn": .calendarDate, "leaders": .array(items: .string),
                "listeners": .array(items: .object(["listenerId": .identifier, "fullName": .string, "organisation": .string,
                                                    "funding": .choice(Funding.self)], required: ["listenerId", "fullName", "funding"])),
                "authorityLetters": .array(items: .string), "reason": .string, "grounds": .choice(ExpulsionReason.self),
                "fromGroupCode": .string, "completedModules": .array(items: .string),
            ], required: ["programmeCode", "programmeTitleKk", "programmeTitleRu", "hours", "groupCode", "startsOn", "endsOn",
                          "leaders", "listeners", "authorityLetters"]),
            "issuedBy": .string, "createdAt": .instant,
        ], required: ["id", "number", "year", "sequence", "kind", "orderDate", "groupId", "content", "issuedBy", "createdAt"]),
    ]
}
