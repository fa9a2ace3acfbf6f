import Foundation
import GRDB
import Hummingbird
import ServiceKit
import Storage

/// A listener's contract and payments over HTTP (6.3–6.4).
enum ContractRoutes {
    static let keepers: [Role] = [.operator, .admin]
    static let readers: [Role] = [.operator, .admin, .rector, .programmeLeader]

    static func add(to router: Router<AppRequestContext>, _ environment: ServiceEnvironment) {
        let database = environment.database
        let keep = router.group("v1/listeners").add(middleware: RoleGuard(keepers))
        let read = router.group("v1/listeners").add(middleware: RoleGuard(readers))

        keep.put(":id/contract") { request, context -> EditedResponse<ContractView> in
            let id = try context.parameter("id")
            let form = try await request.decodeJSON(ContractForm.self, context: context)
            let view = try await database.write { db -> ContractView in
                let listener = try Listener.existing(id, in: db)
                guard try Contract.filter(Column("listenerId") == id).fetchCount(db) == 0 else { throw ContractText.exists }
                let valid = try form.validated(funding: listener.funding)
                let contract = Contract(id: RecordID.new(), listenerId: id, number: valid.number, signedOn: valid.signedOn,
                                        funding: listener.funding, priceTiyn: valid.priceTiyn, createdAt: Date())
                try contract.insert(db)
                return ContractView(contract, payments: [])
            }
            return EditedResponse(status: .created, headers: [.location: "/v1/listeners/\(id)/contract"], response: view)
        }

        read.get(":id/contract") { _, context -> ContractView in
            let id = try context.parameter("id")
            return try await database.read { db in try ContractView.of(listener: id, in: db) }
        }

        keep.post(":id/payments") { request, context -> EditedResponse<ContractView> in
            let id = try context.parameter("id")
            let form = try await request.decodeJSON(PaymentForm.self, context: context)
            let view = try await database.write { db -> ContractView in
                let current = try ContractView.of(listener: id, in: db)
                let valid = try form.validated(balance: current.balanceTiyn,
                                               numbers: Set(current.payments.map(\.number)))
                try Payment(id: RecordID.new(), contractId: current.contract.id, number: valid.number, paidOn: valid.paidOn,
                            amountTiyn: valid.amountTiyn, payerName: valid.payerName, courseName: valid.courseName,
                            recordedBy: context.identity!.subject, createdAt: Date()).insert(db)
                return try ContractView.of(listener: id, in: db)
            }
            return EditedResponse(status: .created, headers: [.location: "/v1/listeners/\(id)/contract"], response: view)
        }
    }
}

extension ContractView {
    static func of(listener id: String, in db: Database) throws -> ContractView {
        guard let view = try find(listener: id, in: db) else { throw Problem.notFound(ContractText.notFound) }
        return view
    }

    /// The listener's contract with its payments, if one was signed.
    static func find(listener id: String, in db: Database) throws -> ContractView? {
        guard let contract = try Contract.filter(Column("listenerId") == id).fetchOne(db) else { return nil }
        let payments = try Payment.filter(Column("contractId") == contract.id).order(Column("paidOn"), Column("createdAt")).fetchAll(db)
        return ContractView(contract, payments: payments)
    }
}

struct ContractForm: Codable, Sendable {
    var number: String?
    var signedOn: String?
    var priceTiyn: Int?

    func validated(funding: String) throws -> (number: String, signedOn: String, priceTiyn: Int) {
        var check = FieldValidator()
        let number = check.text(number, "number", limit: 100)
        let signedOn = check.dateText(signedOn, "signedOn")
        let price = priceTiyn ?? (funding == "budget" ? 0 : nil)
        if let price {
            if !Contract.priceIsValid(price, funding: funding) {
                check.add("priceTiyn", funding == "budget" ? ContractText.budgetPaysNothing : ContractText.positiveAmount)
            }
        } else {
            check.add("priceTiyn", .required)
        }
        try check.validate()
        return (number!, signedOn!, price!)
    }
}

struct PaymentForm: Codable, Sendable {
    var number: String?
    var paidOn: String?
    var amountTiyn: Int?
    var payerName: String?
    var courseName: String?

    struct Valid {
        var number, paidOn: String
        var amountTiyn: Int
        var payerName, courseName: String
    }

    func validated(balance: Int, numbers: Set<String>) throws -> Valid {
        var check = FieldValidator()
        let number = check.text(number, "number", limit: 100)
        if let number, numbers.contains(number) { check.add("number", ContractText.duplicatePayment) }
        let paidOn = check.dateText(paidOn, "paidOn")
        if let amount = amountTiyn {
            if amount <= 0 { check.add("amountTiyn", ContractText.positiveAmount) }
            else if amount > balance { check.add("amountTiyn", ContractText.moreThanOwed(balance)) }
        } else {
            check.add("amountTiyn", .required)
        }
        let payerName = check.text(payerName, "payerName", limit: 200)
        let courseName = check.text(courseName, "courseName", limit: 500)
        try check.validate()
        return Valid(number: number!, paidOn: paidOn!, amountTiyn: amountTiyn!, payerName: payerName!, courseName: courseName!)
    }
}
