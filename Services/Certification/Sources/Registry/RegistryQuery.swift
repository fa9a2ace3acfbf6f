import EventContracts
import ServiceKit

/// A search of the registry (7.6): by number, name, programme, group, listener, standing and
/// the days of issue, a page at a time; or the whole result as CSV.
struct RegistryQuery: Form {
    var number: String?
    var name: String?
    var programmeCode: String?
    var groupId: String?
    var listenerId: String?
    var status: String?
    var issuedFrom: String?
    var issuedTo: String?
    var page: String?
    var pageSize: String?
    var format: String?

    struct Valid: Sendable {
        var number: String?
        var name: String?
        var programmeCode: String?
        var groupId: String?
        var listenerId: String?
        var status: Certificate.Status?
        var issuedFrom: CalendarDate?
        var issuedTo: CalendarDate?
        var page: Int
        var pageSize: Int
        var format: ExportFormat?
    }

    static let largestPage = 200

    func read(_ check: inout FieldValidator) -> Valid? {
        let number = check.optionalText(number, "number", limit: 64, description: "The registration number, or its beginning")
        let name = check.optionalText(name, "name", limit: 100, description: "Part of the holder's name, letter case aside")
        let programmeCode = check.optionalProgrammeCode(programmeCode, "programmeCode", description: "Only this programme's")
        let groupId = check.optionalIdentifier(groupId, "groupId", description: "Only this group's")
        let listenerId = check.optionalIdentifier(listenerId, "listenerId", description: "Only this listener's")
        let status = check.optionalChoice(status, "status", Certificate.Status.self)
        let issuedFrom = check.optionalDate(issuedFrom, "issuedFrom", description: "Issued on this day or later")
        let issuedTo = check.optionalDate(issuedTo, "issuedTo", description: "Issued on this day or earlier")
        let page = check.integer(text: self.page, "page", in: 1...100_000, description: "From 1 (the default)")
        let pageSize = check.integer(text: self.pageSize, "pageSize", in: 1...Self.largestPage,
                                     description: "Certificates a page, 50 by default")
        let format = check.optionalChoice(format, "format", ExportFormat.self,
                                          description: "json (a page) by default; csv: every match, for Excel")
        if let issuedFrom, let issuedTo, issuedTo < issuedFrom {
            check.add("issuedTo", Localized(kk: "Басталу күнінен ерте болмауы керек", ru: "Не раньше начальной даты",
                                            en: "Not before issuedFrom"))
        }
        guard check.isValid else { return nil }
        return Valid(number: number, name: name, programmeCode: programmeCode, groupId: groupId, listenerId: listenerId,
                     status: status, issuedFrom: issuedFrom, issuedTo: issuedTo, page: page ?? 1, pageSize: pageSize ?? 50,
                     format: format)
    }
}
