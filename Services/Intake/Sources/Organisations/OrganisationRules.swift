import ServiceKit

/// The register of organisations (4.1): one entry per BIN.
enum OrganisationRules {
    enum Refusal: RuleRefusal {
        /// One organisation per BIN: here is the one registered.
        case binTaken(String)

        /// The register's own key: no clause speaks of it.
        var clause: String? { nil }
    }
}
