import Foundation
import Hummingbird

extension Request {
    /// The JSON body read through `form`: 400 if it is not JSON or a field has the wrong type,
    /// 422 naming every field that is missing or wrong, else the operation's input.
    public func form<F: Form>(_ form: F.Type, context: AppRequestContext) async throws -> F.Valid {
        try await decodeJSON(F.self, context: context).validated(today: context.today)
    }

    /// The query read through `form`, by the same rule for every parameter: a value that cannot
    /// be read, a parameter given twice and a parameter the operation does not know are each a
    /// 422 naming it, rather than a filter silently ignored.
    public func query<F: Form>(_ form: F.Type, context: AppRequestContext) throws -> F.Valid {
        var values: [String: String] = [:]
        var check = FieldValidator(today: context.today)
        let known = Set(F.fieldNames)
        for (name, value) in uri.queryParameters {
            let name = String(name)
            if !known.contains(name) { check.add(name, .unknownParameter(known.sorted())) }
            else if values[name] != nil { check.add(name, .givenTwice) }
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

    static let givenTwice = Localized(kk: "Параметр екі рет берілген", ru: "Параметр указан дважды", en: "The parameter is given twice")
}
