import EventContracts
import Foundation
import GRDB
import Hummingbird
import OpenAPIKit
import ServiceKit

/// A listener's contract and payments over HTTP (6.3–6.4). Money is in tiyn.
enum ContractRoutes: APIRoutes {
    static let record = APIOperation(
        .put, "/v1/listeners/:id/contract",
        "Records the listener's contract (6.3): number, date and price in tiyn; a budget-funded listener's price is 0",
        roles: .office, form: ContractForm.self, status: 201, response: .named("ContractView"), refusals: [.conflict, .invalid])
    static let one = APIOperation(.get, "/v1/listeners/:id/contract", "The contract with its payments and the balance, in tiyn",
                                  roles: .courseStaff, response: .named("ContractView"))
    static let pay = APIOperation(.post, "/v1/listeners/:id/payments",
                                  "Records a payment document against the contract (6.4); no more than is owed",
                                  roles: .office, form: PaymentForm.self, status: 201, response: .named("ContractView"),
                                  refusals: [.invalid])

    static let operations = [record, one, pay]

    static func add(to router: Router<AppRequestContext>, _ environment: ServiceEnvironment) {
        let database = environment.database

        router.on(record) { request, context -> EditedResponse<ContractView> in
            let id = try context.parameter("id")
            let form = try await request.form(ContractForm.self, context: context)
            let view = try await database.write { db in
                try Contracts.record(for: id, number: form.number, signedOn: form.signedOn, price: form.priceTiyn, in: db)
            }
            return EditedResponse(status: .created, headers: [.location: "/v1/listeners/\(id)/contract"], response: view)
        }

        router.on(one) { _, context -> ContractView in
            let id = try context.parameter("id")
            return try await database.read { db in try ContractView.existing(listener: id, in: db) }
        }

        router.on(pay) { request, context -> EditedResponse<ContractView> in
            let id = try context.parameter("id")
            let payment = try await request.form(PaymentForm.self, context: context)
            let recorder = try context.caller
            let view = try await database.write { db in try Contracts.pay(for: id, payment, by: recorder, in: db) }
            return EditedResponse(status: .created, headers: [.location: "/v1/listeners/\(id)/contract"], response: view)
        }
    }

    static let schemas: [String: JSONSchema] = [
        "ContractView": .object([
            "contract": .object([
                "id": .identifier, "listenerId": .identifier, "number": .string, "signedOn": .calendarDate,
                "funding": .choice(Funding.self), "priceTiyn": .integer(minimum: (0, exclusive: false)), "createdAt": .instant,
            ], required: ["id", "listenerId", "number", "signedOn", "funding", "priceTiyn", "createdAt"]),
            "payments": .array(items: .object([
                "id": .identifier, "contractId": .identifier, "number": .string, "paidOn": .calendarDate,
                "amountTiyn": .integer(minimum: (1, exclusive: false)), "payerName": .string, "courseName": .string,
                "recordedBy": .string, "createdAt": .instant,
            ], required: ["id", "contractId", "number", "paidOn", "amountTiyn", "payerName", "courseName", "recordedBy", "createdAt"])),
            "paidTiyn": .integer(minimum: (0, exclusive: false)), "balanceTiyn": .integer(minimum: (0, exclusive: false)),
        ], required: ["contract", "payments", "paidTiyn", "balanceTiyn"]),
    ]
}
