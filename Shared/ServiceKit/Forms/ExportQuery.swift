/// `?format=json|csv` on a list or a report: JSON by default, or CSV for Excel (`wantsCSV`).
public struct ExportQuery: Form {
    public var format: String?

    public struct Valid: Sendable {
        public var format: ExportFormat?
    }

    public func read(_ check: inout FieldValidator) -> Valid? {
        let format = check.optionalChoice(format, "format", ExportFormat.self, description: "json by default; csv for Excel")
        return check.isValid ? Valid(format: format) : nil
    }
}
