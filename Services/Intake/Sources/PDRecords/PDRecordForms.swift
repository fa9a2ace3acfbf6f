import EventContracts
import ServiceKit

/// Whose record is asked for: in the body, so that the IIN stays out of addresses and logs.
struct PDRecordLookup: Form {
    var iin: String?

    struct Valid: Sendable { var iin: IIN }

    func read(_ check: inout FieldValidator) -> Valid? {
        let iin = check.iin(iin, "iin")
        guard let iin, check.isValid else { return nil }
        return Valid(iin: iin)
    }
}

/// Which of an organisation's teachers to list.
struct TeachersDueQuery: Form {
    var dueBy: String?
    var all: String?
    var format: String?

    struct Valid: Sendable {
        var dueBy: CalendarDate?
        var all: Bool
        var format: ExportFormat?
    }

    func read(_ check: inout FieldValidator) -> Valid? {
        let dueBy = check.optionalDate(dueBy, "dueBy", description: "Due by this day (today by default): to plan requests ahead")
        let all = check.flag(text: all, "all", description: "Every teacher, not only those due or never certified")
        let format = check.optionalChoice(format, "format", ExportFormat.self, description: "json by default; csv for Excel")
        guard check.isValid else { return nil }
        return Valid(dueBy: dueBy, all: all, format: format)
    }
}
