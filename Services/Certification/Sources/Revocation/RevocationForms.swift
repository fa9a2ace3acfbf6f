import EventContracts
import ServiceKit

/// Why a certificate is revoked: one of the two grounds, and staff's own words for the registry.
struct RevocationForm: Form {
    var reason: String?
    var note: String?

    struct Valid: Sendable {
        var reason: RevocationReason
        var note: String?
    }

    func read(_ check: inout FieldValidator) -> Valid? {
        let reason = check.choice(reason, "reason", RevocationReason.self,
                                  description: "issued-in-error: issued by mistake; fraud: obtained by deceit")
        let note = check.optionalText(note, "note", limit: 1000, multiline: true,
                                      description: "Why, for the registry only: the public check never shows it")
        guard let reason, check.isValid else { return nil }
        return Valid(reason: reason, note: note)
    }
}
