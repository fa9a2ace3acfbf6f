import Foundation
import GRDB
import Hummingbird
import OpenAPIKit
import ServiceKit

/// Transfers (7.4.3), interruptions and returns to study (7.4.4) over HTTP.
enum TransferRoutes: APIRoutes {
    static let transfer = APIOperation(
        .post, "/v1/listeners/:id/transfer",
        "Transfers a studying listener, for a recorded valid reason, to a group of the same programme in another stream of the current calendar year (7.4.3), by a numbered order; announces enrolment.listener.transferred",
        roles: .orderIssuers, form: TransferForm.self, status: 201, response: .named("Move"), refusals: [.conflict, .invalid])
    static let interrupt = APIOperation(
        .post, "/v1/listeners/:id/interruption",
        "Interrupts a listener's course for a valid reason on supporting documents (7.4.4), keeping the modules completed; frees the place; announces enrolment.listener.interrupted",
        roles: .orderIssuers, form: InterruptionForm.self, status: 201, response: .named("Interruption"), refusals: [.conflict, .invalid])
    static let resume = APIOperation(
        .post, "/v1/listeners/:id/resumption",
        "Returns an interrupted listener to study in another group of the programme (7.4.4) by a numbered reinstatement order crediting the modules completed; announces enrolment.listener.transferred",
        roles: .orderIssuers, form: ResumptionForm.self, status: 201, response: .named("Move"), refusals: [.conflict, .invalid])
    static let interruptions = APIOperation(.get, "/v1/listeners/:id/interruptions", "A listener's interruptions, oldest first",
                                            roles: .courseStaff, response: .array(items: .named("Interruption")))

    static let operations = [transfer, interrupt, resume, interruptions]

    static func add(to router: Router<AppRequestContext>, _ environment: ServiceEnvironment) {
        let database = environment.database

        router.on(transfer) { request, context -> EditedResponse<Move> in
            let id = try context.parameter("id")
            let form = try await request.form(TransferForm.self, context: context)
            let issuer = try context.caller
            let moved = try await database.write { db in
                try Transfers.transfer(id, to: form.groupId, reason: form.reason, orderDate: form.orderDate, by: issuer, environment, in: db)
            }
            return EditedResponse(status: .created, headers: [.location: "/v1/orders/\(moved.order.id)"], response: moved)
        }

        router.on(interrupt) { request, context -> EditedResponse<Interruption> in
            let id = try context.parameter("id")
            let form = try await request.form(InterruptionForm.self, context: context)
            let recorder = try context.caller
            let interruption = try await database.write { db in try Transfers.interrupt(id, form, by: recorder, environment, in: db) }
            return EditedResponse(status: .created, headers: [.location: "/v1/listeners/\(id)/interruptions"], response: interruption)
        }

        router.on(resume) { request, context -> EditedResponse<Move> in
            let id = try context.parameter("id")
            let form = try await request.form(ResumptionForm.self, context: context)
            let issuer = try context.caller
            let moved = try await database.write { db in
                try Transfers.resume(id, in: form.groupId, orderDate: form.orderDate, by: issuer, environment, in: db)
            }
            return EditedResponse(status: .created, headers: [.location: "/v1/orders/\(moved.order.id)"], response: moved)
        }

        router.on(interruptions) { _, context -> [Interruption] in
            let id = try context.parameter("id")
            return try await database.read { db in
                _ = try Listener.existing(id, in: db)
                return try Interruption.all(of: id, in: db)
            }
        }
    }

    static let schemas: [String: JSONSchema] = [
        "Move": .object(["listener": .named("Listener"), "order": .named("Order"), "interruption": .named("Interruption")],
                        required: ["listener", "order"]),
        "Interruption": .object([
            "id": .identifier, "listenerId": .identifier, "groupId": .identifier, "reason": .string, "documents": .array(items: .string),
            "completedModules": .array(items: .string), "interruptedOn": .calendarDate, "recordedBy": .string, "createdAt": .instant,
            "resumedOn": .calendarDate, "resumedGroupId": .identifier, "reinstatementOrderId": .identifier,
        ], required: ["id", "listenerId", "groupId", "reason", "documents", "completedModules", "interruptedOn", "recordedBy",
                      "createdAt"]),
    ]
}
