import ServiceKit

/// A transfer as staff record it (7.4.3): the group it goes to, the valid reason, the order's date.
struct TransferForm: Codable, Sendable {
    var groupId: String?
    var reason: String?
    var orderDate: String?

    func validated() throws -> (groupId: String, reason: String, orderDate: String) {
        var check = FieldValidator()
        let groupId = check.text(groupId, "groupId", limit: 64)
        let reason = check.text(reason, "reason", limit: 1000)
        let orderDate = check.dateText(orderDate, "orderDate")
        try check.validate()
        return (groupId!, reason!, orderDate!)
    }
}

/// An interruption as staff record it (7.4.4): why, on which documents, from when, and which
/// of the programme's modules the listener had completed.
struct InterruptionForm: Codable, Sendable {
    var reason: String?
    var documents: [String]?
    var interruptedOn: String?
    var completedModules: [String]?

    func validated(modules: [String]) throws -> (reason: String, documents: [String], interruptedOn: String, completedModules: [String]) {
        var check = FieldValidator()
        let reason = check.text(reason, "reason", limit: 1000)
        let documents = check.list(documents, "documents", limit: 300)
        let interruptedOn = check.dateText(interruptedOn, "interruptedOn")
        let completed = completedModules ?? []
        for (index, name) in completed.enumerated() where !modules.contains(name) {
            check.add("completedModules[\(index)]", TransferText.notAModule)
        }
        try check.validate()
        return (reason!, documents!, interruptedOn!, completed)
    }
}

/// A return to study after an interruption (7.4.4): the group, and the reinstatement order's date.
struct ResumptionForm: Codable, Sendable {
    var groupId: String?
    var orderDate: String?

    func validated() throws -> (groupId: String, orderDate: String) {
        var check = FieldValidator()
        let groupId = check.text(groupId, "groupId", limit: 64)
        let orderDate = check.dateText(orderDate, "orderDate")
        try check.validate()
        return (groupId!, orderDate!)
    }
}
