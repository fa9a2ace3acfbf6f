import Foundation
import Hummingbird

extension Request {
    /// The JSON body read through `form`: 400 if it is not JSON or a field has the wrong type,
    /// 422 naming every field that is missing or wrong, else the operation's input.
    public func form<F: Form>(_ form: F.Type, context: AppRequestContext) async throws -> F.Valid {
        try await decodeJSON(F.self, context: context).validated(today: context.today)
    }

    /// The query read through `form`, by the same rule for every parameter: a value that cannot
    /// be read, an empty one, a parameter given twice and a parameter the operation does not know
    /// are each a 422 naming it, rather than a filter silently ignored (`?groupId=` lists no
    /// group's listeners: it is not "every group").
    public func query<F: Form>(_ form: F.Type, context: AppRequestContext) throws -> F.Valid {
        var values: [String: String] = [:]
        var check = FieldValidator(today: context.today)
        let known = Set(F.fieldNames)
        var seen: Set<String> = []
        for (name, value) in uri.queryParameters {
            let name = String(name)
            if !known.contains(name) { check.add(name, .unknownParameter(known.sorted())) }
            else if !seen.insert(name).inserted { check.add(name, .givenTwice) }
            else if value.isEmpty { check.add(name, .emptyParameter) }
            else { values[name] = String(value) }
        }
        let parsed = try JSONDecoder().decode(F.self, from: JSONSerialization.data(withJSONObject: values))
        let valid = parsed.read(&check)
        return try check.valid(valid)
    }
}

extension Localized {
    static func unknownParameter(_ known: [String]) -> Localized {
        let list = known.isEmpty ? "—" : known.joined(separator: ", ")
        return Localized(kk: "Белгісіз параметр; бары: \(list)", ru: "Неизвестный параметр; есть: \(list)",
                         en: "Unknown parameter; there are: \(list)")
    }

    static let emptyParameter = Localized(kk: "Параметр бос: мәнін беріңіз немесе алып тастаңыз",
                                          ru: "Параметр пуст: укажите значение или уберите параметр",
                                          en: "The parameter is empty: give it a value or leave it out")

    static let givenTwice = Localized(kk: "Параметр екі рет берілген", ru: "Параметр указан дважды", en: "The parameter is given twice")
}
