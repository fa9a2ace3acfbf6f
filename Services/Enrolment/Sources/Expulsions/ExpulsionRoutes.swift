import EventContracts
import Foundation
import GRDB
import Hummingbird
import Mail
import OpenAPIKit
import ServiceKit

/// Expulsion (7.5) over HTTP, and the letters to employers it writes.
enum ExpulsionRoutes: APIRoutes {
    static let expel = APIOperation(
        .post, "/v1/listeners/:id/expulsion",
        "Expels a listener for a breach of contract by a numbered order (7.5), queues the employer's letter (Kazakh and Russian, PDF attached) and announces enrolment.listener.expelled",
        roles: .orderIssuers, form: ExpulsionForm.self, status: 201, response: .named("Expulsion"), refusals: [.conflict, .invalid])
    static let letters = APIOperation(.get, "/v1/letters", "Letters to employers with their delivery state, optionally about one listener",
                                      roles: .courseStaff, query: OneListenersFilter.self, response: .array(items: .named("Letter")))
    static let retry = APIOperation(
        .post, "/v1/letters/:id/retry",
        "Queues again a letter the relay refused for good, re-addressed to the employer's entry as it now is; any other letter answers 409",
        roles: .orderIssuers, response: .named("Letter"), refusals: [.conflict])
    static let pdf = APIOperation(.get, "/v1/letters/:id/pdf", "A letter to print and send by post", roles: .courseStaff,
                                  response: nil, download: ["application/pdf"])

    static let operations = [expel, letters, retry, pdf]

    static func add(to router: Router<AppRequestContext>, _ environment: ServiceEnvironment) throws {
        let database = environment.database
        let provider = try Provider(environment.settings)

        router.on(expel) { request, context -> EditedResponse<Expulsion> in
            let id = try context.parameter("id")
            let form = try await request.form(ExpulsionForm.self, context: context)
            let expulsion = try await Expulsions.expel(id, on: form.ground, orderDate: form.orderDate, by: try context.caller, environment)
            return EditedResponse(status: .created, headers: [.location: "/v1/orders/\(expulsion.order.id)"], response: expulsion)
        }

        router.on(letters) { request, context -> [Letter] in
            let filter = try request.query(OneListenersFilter.self, context: context)
            return try await database.read { db in try Letters.list(listenerId: filter.listenerId, in: db) }
        }

        router.on(retry) { _, context -> Letter in
            try await Letters.retry(try context.parameter("id"), environment)
        }

        router.on(pdf) { _, context -> Response in
            let pdf = try await Letters.pdf(try context.parameter("id"), provider: provider, in: database)
            return Response(status: .ok, headers: [.contentType: "application/pdf"], body: .init(byteBuffer: ByteBuffer(data: pdf)))
        }
    }

    static let schemas: [String: JSONSchema] = [
        "Expulsion": .object(["listener": .named("Listener"), "order": .named("Order"), "letter": .named("Letter")],
                             required: ["listener", "order", "letter"]),
        "Letter": .object([
            "id": .identifier, "messageId": .string, "recipient": .string, "subject": .string,
            "state": .choice(Mail.State.self, description: "sent: the SMTP relay accepted it; failed: it refused it for good (send the printed copy)"),
            "attempts": .integer(minimum: (0, exclusive: false)), "lastError": .string, "createdAt": .instant, "sentAt": .instant,
        ], required: ["id", "messageId", "recipient", "subject", "state", "attempts", "createdAt"]),
    ]
}
