import EventContracts
import ServiceKit

/// A transfer as staff record it (7.4.3): the group it goes to, the valid reason, the order's date.
struct TransferForm: Form {
    var groupId: String?
    var reason: String?
    var orderDate: String?

    func read(_ check: inout FieldValidator) -> (groupId: String, reason: String, orderDate: CalendarDate)? {
        let groupId = check.identifier(groupId, "groupId", description: "A group of the same programme in another stream of this year")
        let reason = check.text(reason, "reason", limit: 1000, multiline: true, description: "The valid reason")
        let orderDate = check.date(orderDate, "orderDate")
        guard let groupId, let reason, let orderDate else { return nil }
        return (groupId, reason, orderDate)
    }
}

/// An interruption as staff record it (7.4.4): why, on which documents, from when, and which
/// of the programme's modules the listener had completed.
struct InterruptionForm: Form {
    var reason: String?
    var documents: [String]?
    var interruptedOn: String?
    var completedModules: [String]?

    struct Valid: Sendable {
        var reason: String
        var documents: [String]
        var interruptedOn: CalendarDate
        var completedModules: [String]
    }

    func read(_ check: inout FieldValidator) -> Valid? {
        let reason = check.text(reason, "reason", limit: 1000, multiline: true, description: "The valid reason")
        let documents = check.list(documents, "documents", limit: 300,
                                   description: "The supporting documents, by their references (7.4.4)")
        let interruptedOn = check.date(interruptedOn, "interruptedOn")
        let completed = check.list(completedModules, "completedModules", limit: 500, minimum: 0, required: false,
                                   description: "The programme's modules completed, which are not studied again")
        guard let reason, let documents, let interruptedOn, let completed else { return nil }
        return Valid(reason: reason, documents: documents, interruptedOn: interruptedOn, completedModules: completed)
    }
}

/// A return to study after an interruption (7.4.4): the group, and the reinstatement order's date.
struct ResumptionForm: Form {
    var groupId: String?
    var orderDate: String?

    func read(_ check: inout FieldValidator) -> (groupId: String, orderDate: CalendarDate)? {
        let groupId = check.identifier(groupId, "groupId", description: "A group of the same programme, not the one left")
        let orderDate = check.date(orderDate, "orderDate")
        guard let groupId, let orderDate else { return nil }
        return (groupId, orderDate)
    }
}
