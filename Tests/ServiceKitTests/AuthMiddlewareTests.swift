import Foundation
import Hummingbird
import HummingbirdTesting
import ServiceKit
import Testing

/// Who may call what, as a service's router decides it: `AuthMiddleware` says who is asking,
/// `RoleGuard` refuses those who may not.
@Suite("Authentication and roles through a router")
struct AuthMiddlewareTests {
    @Test("without a token a guarded route answers 401 with a Bearer challenge")
    func noTokenIsUnauthorized() async throws {
        let app = TestRouter.application(authority: try await TestRouter.authority())
        try await app.test(.router) { client in
            try await client.execute(uri: "/staff/whoami", method: .get) { response in
                #expect(response.status == .unauthorized)
                #expect(response.headers[.wwwAuthenticate] == "Bearer")
                #expect(response.headers[.contentType] == "application/problem+json")
                let problem = try response.problem()
                #expect(problem.type == "https://qadam.kz/problems/unauthorized")
                #expect(problem.status == 401)
            }
        }
    }

    @Test("an invalid token is treated as no token", arguments: [
        "Bearer not-a-jwt", "Basic b3A6cGFzcw==", "Bearer ", "bearer",
    ])
    func invalidTokenIsUnauthorized(authorization: String) async throws {
        let app = TestRouter.application(authority: try await TestRouter.authority())
        try await app.test(.router) { client in
            try await client.execute(uri: "/staff/whoami", method: .get, headers: [.authorization: authorization]) { response in
                #expect(response.status == .unauthorized)
                #expect(response.headers[.wwwAuthenticate] == "Bearer")
            }
        }
    }

    @Test("a token signed by another installation is refused with 401")
    func foreignTokenIsUnauthorized() async throws {
        let app = TestRouter.application(authority: try await TestRouter.authority())
        let foreign = try await TokenAuthority(secret: "another-installation-secret-32-bytes-long")
        let token = try await foreign.issue(Identity(subject: "intruder", role: .admin), validFor: 3600)
        try await app.test(.router) { client in
            try await client.execute(uri: "/staff/whoami", method: .get, headers: .bearer(token)) { response in
                #expect(response.status == .unauthorized)
            }
        }
    }

    @Test("a valid token with the wrong role answers 403 problem, without a challenge")
    func wrongRoleIsForbidden() async throws {
        let authority = try await TestRouter.authority()
        let app = TestRouter.application(authority: authority)
        let token = try await authority.issue(Identity(subject: "trainer-1", role: .trainer), validFor: 3600)
        try await app.test(.router) { client in
            try await client.execute(uri: "/staff/whoami", method: .get, headers: .bearer(token, language: "en")) { response in
                #expect(response.status == .forbidden)
                #expect(response.headers[.wwwAuthenticate] == nil)
                let problem = try response.problem()
                #expect(problem.type == "https://qadam.kz/problems/forbidden")
                #expect(problem.title == "Forbidden")
            }
        }
    }

    @Test("a valid token with an allowed role is let through, and the route sees who it is",
          arguments: [Role.operator, .admin])
    func rightRoleIsAllowed(role: Role) async throws {
        let authority = try await TestRouter.authority()
        let app = TestRouter.application(authority: authority)
        let token = try await authority.issue(Identity(subject: "aigul", role: role), validFor: 3600)
        try await app.test(.router) { client in
            try await client.execute(uri: "/staff/whoami", method: .get, headers: .bearer(token)) { response in
                #expect(response.status == .ok)
                #expect(response.text == "aigul")
            }
        }
    }

    @Test("the scheme name is case-insensitive")
    func schemeIsCaseInsensitive() async throws {
        let authority = try await TestRouter.authority()
        let app = TestRouter.application(authority: authority)
        let token = try await authority.issue(Identity(subject: "op", role: .operator), validFor: 3600)
        try await app.test(.router) { client in
            try await client.execute(uri: "/staff/whoami", method: .get, headers: [.authorization: "BEARER \(token)"]) { response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test("an open route needs no token, and a bad token does not close it")
    func openRouteNeedsNoToken() async throws {
        let app = TestRouter.application(authority: try await TestRouter.authority())
        try await app.test(.router) { client in
            try await client.execute(uri: "/open", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text == "anonymous")
            }
            try await client.execute(uri: "/open", method: .get, headers: [.authorization: "Bearer forged"]) { response in
                #expect(response.status == .ok)
                #expect(response.text == "anonymous")
            }
        }
    }
}
