import ServiceKit

/// An operator's verdict on a paper: verified, or rejected with the reason.
struct ReviewForm: Form {
    var decision: String?
    var reason: String?

    enum Verdict: String, CaseIterable { case verified, rejected }

    func read(_ check: inout FieldValidator) -> (status: Document.Status, reason: String?)? {
        let decision = check.choice(decision, "decision", Verdict.self)
        let reason = check.optionalText(reason, "reason", limit: 1000, multiline: true, description: "Required when rejected")
        guard let decision else { return nil }
        if decision == .rejected && reason == nil { check.add("reason", DocumentText.reasonRequired); return nil }
        return decision == .verified ? (.verified, nil) : (.rejected, reason)
    }
}
