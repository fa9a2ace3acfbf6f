import ServiceKit

/// Whose place in line to list.
struct WaitingFilter: Form {
    var programmeCode: String?

    struct Valid { var programmeCode: String? }

    func read(_ check: inout FieldValidator) -> Valid? {
        let code = check.optionalProgrammeCode(programmeCode, "programmeCode", description: "Only those waiting for this programme")
        return check.isValid ? Valid(programmeCode: code) : nil
    }
}
