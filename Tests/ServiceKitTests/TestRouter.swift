import EventContracts
import Foundation
import Hummingbird
import HummingbirdTesting
import ServiceKit

/// A small application with the middleware stack every service has (`sharedRouter`), and routes that exercise each piece: one open, one behind a `RoleGuard`,
/// one that decodes a JSON body, one that validates it, one that fails unexpectedly.
enum TestRouter {
    static let secret = "a-test-secret-that-is-long-enough-for-hs256"

    struct Enrolment: Decodable {
        var fullName: String
        var hours: Int
    }

    struct Unexpected: Error, CustomStringConvertible {
        var description: String { "database file /var/secret/path is locked" }
    }

    static func application(authority: TokenAuthority) -> some ApplicationProtocol {
        let router = sharedRouter(authority: authority, today: Today(fixed: CalendarDate("2026-09-01")!))

        router.get("open") { _, context -> String in context.identity?.subject ?? "anonymous" }

        let staff = router.group("staff").add(middleware: RoleGuard(.office))
        staff.get("whoami") { _, context -> String in try context.caller.subject }

        router.post("enrolments") { request, context -> String in
            let form = try await request.decodeJSON(Enrolment.self, context: context)
            return "\(form.fullName):\(form.hours)"
        }
        router.post("validated") { _, _ -> String in
            var validator = FieldValidator(today: CalendarDate("2026-09-01")!)
            validator.add("fullName", .required)
            validator.require(false, "employerEmail", .invalidEmail)
            validator.require(true, "iin", .required)
            validator.add("startsOn", .invalidDate)
            try validator.validate()
            return "unreachable"
        }
        router.get("broken") { _, _ -> String in throw Unexpected() }
        router.get("streams") { request, context -> String in
            let year = try request.query(StreamFilter.self, context: context)
            return year.map(String.init) ?? "all"
        }
        router.post("refusals/:kind") { _, context -> String in
            switch try context.parameter("kind") {
            case "state": throw SampleRefusal.alreadyExpelled
            case "field": throw Refusals([SampleRefusal.alreadyExpelled, SampleRefusal.otherGroup])
            case "forbidden": throw Refusals([SampleRefusal.otherGroup, SampleRefusal.anotherLeadersWork])
            case "missing": throw NotFound(Localized(kk: "Жоқ", ru: "Нет такого", en: "No such thing"))
            default: return try context.caller.subject
            }
        }
        return Application(router: router, server: httpServer)
    }

    /// A query of one filter, as a list's query is.
    struct StreamFilter: Form {
        var year: String?
        func read(_ check: inout FieldValidator) -> Int?? {
            let year = check.integer(text: year, "year", in: 2000...2099, description: "Only this year's")
            return check.isValid ? .some(year) : nil
        }
    }

    /// A rule's refusals as a feature's texts explain them: one of the state of things, one of a field.
    enum SampleRefusal: ExplainedRefusal, Equatable {
        case alreadyExpelled, otherGroup, anotherLeadersWork

        var field: String? { self == .otherGroup ? "groupId" : nil }
        var clause: String? {
            switch self {
            case .alreadyExpelled: "7.5"
            case .otherGroup: "7.4.3"
            case .anotherLeadersWork: "4.7"
            }
        }
        var code: String { self == .anotherLeadersWork ? "programme-of-another-leader" : "listener-expelled" }
        var forbidsTheCaller: Bool { self == .anotherLeadersWork }
        var message: Localized {
            switch self {
            case .alreadyExpelled: Localized(kk: "Шығарылған", ru: "Уже отчислен", en: "Already expelled")
            case .otherGroup: Localized(kk: "Басқа топ", ru: "Другая группа", en: "Another group")
            case .anotherLeadersWork: Localized(kk: "Басқаның жұмысы", ru: "Чужая программа", en: "Another leader's work")
            }
        }
    }

    static func authority() async throws -> TokenAuthority {
        try await TokenAuthority(secret: secret)
    }
}

/// Reading what the router answered.
extension TestResponse {
    var text: String { String(buffer: body) }

    func problem() throws -> Problem.Body {
        try JSONDecoder().decode(Problem.Body.self, from: Data(body.readableBytesView))
    }

    /// The top-level keys of a JSON object body, to check what a response does not carry.
    func jsonKeys() throws -> Set<String> {
        let object = try JSONSerialization.jsonObject(with: Data(body.readableBytesView)) as? [String: Any]
        return Set(object?.keys.map { $0 } ?? [])
    }
}

extension HTTPFields {
    static func bearer(_ token: String, language: String? = nil) -> HTTPFields {
        var fields: HTTPFields = [.authorization: "Bearer \(token)"]
        if let language { fields[.acceptLanguage] = language }
        return fields
    }
}
