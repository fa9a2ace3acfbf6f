import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ServiceKit
import Testing

/// What every service answers through the shared middleware: bodies and headers too large,
/// queries it cannot read, refusals of its rules, records it does not have.
@Suite("Answers every service gives alike")
struct SharedAnswersTests {
    static func send(_ method: HTTPRequest.Method, _ uri: String, body: ByteBuffer? = nil, token: String? = nil,
                     _ mode: TestingSetup = .router) async throws -> (HTTPResponse.Status, Problem.Body?, String, HTTPFields) {
        let app = TestRouter.application(authority: try await TestRouter.authority())
        return try await app.test(mode) { client in
            var headers: HTTPFields = [.acceptLanguage: "en", .contentType: "application/json"]
            if let token { headers[.authorization] = "Bearer \(token)" }
            return try await client.execute(uri: uri, method: method, headers: headers, body: body) { response in
                (response.status, try? response.problem(), response.text, response.headers)
            }
        }
    }

    @Test("a JSON body over the limit (2 MB) answers 413 with problem details, and the metrics count a 413")
    func bodyTooLarge() async throws {
        let name = String(repeating: "Ә", count: 1_100_000) // 2.2 MB of UTF-8
        let (status, problem, _, headers) = try await Self.send(.post, "/enrolments",
                                                                body: ByteBuffer(string: #"{"fullName":"\#(name)","hours":72}"#))
        #expect(status == .contentTooLarge)
        #expect(headers[.contentType] == "application/problem+json")
        #expect(problem?.status == 413)
        #expect(problem?.title == "The request body is too large")
        let metrics = String(decoding: PrometheusSetup.registry.emitToBuffer(), as: UTF8.self)
        let counted = metrics.split(separator: "\n").filter { $0.contains("/enrolments") && $0.contains("\"413\"") }
        #expect(counted.contains { $0.hasPrefix("hb_requests") }, "\(counted)")
        #expect(counted.contains { $0.hasPrefix("http_server_request_duration") }, "an error's duration is measured too: \(counted)")
        #expect(!metrics.contains("http_response_status_code=\"500\",http_route=\"/enrolments\""))
    }

    @Test("headers too large to read answer 431 with problem details, not a bare 400")
    func headersTooLarge() async throws {
        let app = TestRouter.application(authority: try await TestRouter.authority())
        try await app.test(.live) { client in
            let header = HTTPField.Name("X-Padding")!
            let headers: HTTPFields = [header: String(repeating: "a", count: 100_000)]
            try await client.execute(uri: "/open", method: .get, headers: headers) { response in
                #expect(response.status == .requestHeaderFieldsTooLarge)
                #expect(response.headers[.contentType] == "application/problem+json")
                let problem = try response.problem()
                #expect(problem.status == 431)
                #expect(problem.type == Problem.typeBase + "headers-too-large")
            }
        }
    }

    @Test("one rule for every query parameter: unreadable, empty, repeated or unknown is a 422 naming it", arguments: [
        ("/streams?year=2026", HTTPResponse.Status.ok, [String]()),
        ("/streams", .ok, []),
        ("/streams?year=abc", .unprocessableContent, ["year"]),
        ("/streams?year=566", .unprocessableContent, ["year"]),
        ("/streams?year=", .unprocessableContent, ["year"]),
        ("/streams?year=2026&year=2027", .unprocessableContent, ["year"]),
        ("/streams?yaer=2026", .unprocessableContent, ["yaer"]),
    ])
    func queries(_ uri: String, _ status: HTTPResponse.Status, _ fields: [String]) async throws {
        let (answered, problem, text, _) = try await Self.send(.get, uri)
        #expect(answered == status)
        #expect((problem?.errors ?? []).map(\.field) == fields)
        if status == .ok { #expect(text == (uri.contains("2026") ? "2026" : "all")) }
    }

    @Test("a refusal of the state of things is a 409 of its own type; one of a field, a 422 naming it; each with its clause")
    func refusals() async throws {
        let (state, conflict, _, _) = try await Self.send(.post, "/refusals/state")
        #expect(state == .conflict)
        #expect(conflict?.type == Problem.typeBase + "listener-expelled")
        #expect(conflict?.title == "Already expelled")
        #expect(conflict?.clause == "7.5")
        let (field, invalid, _, _) = try await Self.send(.post, "/refusals/field")
        #expect(field == .unprocessableContent)
        #expect(invalid?.errors == [.init(field: "groupId", message: "Another group", clause: "7.4.3")])
        #expect(invalid?.clause == nil)
        // A refusal of the caller's right outranks the fields: 403, with its own type and clause.
        let (forbidden, denied, _, _) = try await Self.send(.post, "/refusals/forbidden")
        #expect(forbidden == .forbidden)
        #expect(denied?.type == Problem.typeBase + "programme-of-another-leader")
        #expect(denied?.clause == "4.7")
        let (missing, notFound, _, _) = try await Self.send(.post, "/refusals/missing")
        #expect(missing == .notFound)
        #expect(notFound?.detail == "No such thing")
    }

    @Test("a route that needs the caller answers 401 without one, and knows them with one")
    func caller() async throws {
        let (anonymous, problem, _, _) = try await Self.send(.post, "/refusals/whoami")
        #expect(anonymous == .unauthorized)
        #expect(problem?.status == 401)
        let token = try await TestRouter.authority().issue(Identity(subject: "operator-1", role: .operator), validFor: 60)
        let (known, _, subject, _) = try await Self.send(.post, "/refusals/whoami", token: token)
        #expect(known == .ok)
        #expect(subject == "operator-1")
    }
}
