import EventContracts
import ServiceKit

/// The listener's contract as signed (6.3).
struct ContractForm: Form {
    var number: String?
    var signedOn: String?
    var priceTiyn: Int?

    func read(_ check: inout FieldValidator) -> (number: String, signedOn: CalendarDate, priceTiyn: Int?)? {
        let number = check.text(number, "number", limit: 100)
        let signedOn = check.date(signedOn, "signedOn")
        let price = check.optionalInteger(priceTiyn, "priceTiyn", in: 0...100_000_000_000,
                                          description: "In tiyn (1/100 tenge); 0, or left out, for a budget-funded listener")
        guard check.isValid, let number, let signedOn else { return nil }
        return (number, signedOn, price)
    }
}

/// A payment document handed in (6.4): its number, date and amount, the payer's name and the
/// course's name as it states them.
struct PaymentForm: Form {
    var number: String?
    var paidOn: String?
    var amountTiyn: Int?
    var payerName: String?
    var courseName: String?

    struct Valid: Sendable {
        var number: String
        var paidOn: CalendarDate
        var amountTiyn: Int
        var payerName, courseName: String
    }

    func read(_ check: inout FieldValidator) -> Valid? {
        let number = check.text(number, "number", limit: 100)
        let paidOn = check.date(paidOn, "paidOn")
        let amount = check.integer(amountTiyn, "amountTiyn", in: 1...100_000_000_000, description: "In tiyn (1/100 tenge); no more than is owed")
        let payerName = check.text(payerName, "payerName", limit: 200)
        let courseName = check.text(courseName, "courseName", limit: 500)
        guard let number, let paidOn, let amount, let payerName, let courseName else { return nil }
        return Valid(number: number, paidOn: paidOn, amountTiyn: amount, payerName: payerName, courseName: courseName)
    }
}
