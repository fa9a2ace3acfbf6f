import Foundation
import Hummingbird
import HummingbirdTesting
import ServiceKit

/// A small application with the same middleware stack a service has (problem details, then
/// authentication), and routes that exercise each piece: one open, one behind a `RoleGuard`,
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
        let router = Router(context: AppRequestContext.self)
        router.add(middleware: ProblemMiddleware())
        router.add(middleware: AuthMiddleware(authority: authority))

        router.get("open") { _, context -> String in context.identity?.subject ?? "anonymous" }

        let staff = router.group("staff").add(middleware: RoleGuard(.operator, .admin))
        staff.get("whoami") { _, context -> String in context.identity!.subject }

        router.post("enrolments") { request, context -> String in
            let form = try await request.decodeJSON(Enrolment.self, context: context)
            return "\(form.fullName):\(form.hours)"
        }
        router.post("validated") { _, _ -> String in
            var validator = FieldValidator()
            validator.add("fullName", .required)
            validator.require(false, "employerEmail", .invalidEmail)
            validator.require(true, "iin", .required)
            validator.add("startsOn", .invalidDate)
            try validator.validate()
            return "unreachable"
        }
        router.get("broken") { _, _ -> String in throw Unexpected() }
        return Application(router: router)
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
