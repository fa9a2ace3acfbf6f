import AssessmentService
import CertificationService
import EnrolmentService
import Foundation
import HTTPTypes
import FollowUpService
import Hummingbird
import HummingbirdTesting
import IntakeService
import OpenAPIKit
import ServiceKit
import TestSupport
import Testing

/// Each service started in process exactly as `serve` starts it (`buildApplication`), on a real
/// socket and a real broker: it comes up ready, serves a valid OpenAPI document, answers the
/// HTTP limits with problem details, and exposes what an operator watches.
@Suite(.serialized) struct BuildApplicationTests {
    @Test(arguments: EachService.all)
    func aServiceStartsAsProductionStartsIt(_ service: EachService) async throws {
        try await service.startsAsProductionStartsIt()
    }

    static func check<S: QadamService>(_ service: S.Type) async throws {
        let broker = try await TestBroker.virtualHost(S.name)
        let directory = try TemporaryDirectory()
        let settings = ServiceSettings(service: S.name, defaultPort: S.defaultPort, environment: [
            "DATABASE_PATH": directory.path("\(S.name).sqlite"), "BROKER_URL": TestBroker.url(of: broker),
            "AUTH_SECRET": "build-application-test-secret-of-enough-bytes", "SMTP_URL": "smtp://127.0.0.1:\(try freePort())",
        ])
        let app = try await buildApplication(S.self, settings: settings)
        try await app.test(.live) { client in
            // Ready once its links to the broker are up.
            _ = try await eventually("\(S.name) to be ready") { () -> Bool? in
                let ready = try await client.execute(uri: "/health/ready", method: .get)
                return String(buffer: ready.body).contains(#""status":"ready""#) ? true : nil
            }

            // Its document is a valid OpenAPI 3.1 document, with the service's own operations.
            let served = try await client.execute(uri: "/openapi.json", method: .get)
            let document = try JSONDecoder().decode(OpenAPI.Document.self, from: Data(served.body.readableBytesView))
            try document.validate()
            #expect(document.openAPIVersion == .v3_1_1)
            #expect(document.paths.count == Set(S.api.operations.map(\.templatedPath)).count + 4)
            // It describes its own answer as the JSON object it is, not as a string of bytes,
            // which a client that parses the answer (schemathesis) finds it is not.
            let raw = try JSONSerialization.jsonObject(with: Data(served.body.readableBytesView))
            let schema = ["paths", "/openapi.json", "get", "responses", "200", "content", "application/json", "schema"]
                .reduce(raw as Any?) { ($0 as? [String: Any])?[$1] } as? [String: Any]
            #expect(schema?["type"] as? String == "object" && (schema?["required"] as? [String])?.contains("paths") == true,
                    "\(String(describing: schema))")

            // The limits of HTTP, as problem details.
            let nowhere = try await client.execute(uri: "/v1/nowhere", method: .get)
            #expect(nowhere.status == .notFound)
            #expect(nowhere.headers[.contentType] == "application/problem+json")
            // A path it serves, with a method it does not serve there: 405, naming the ones it does.
            let traced = try await client.execute(uri: "/metrics", method: .trace)
            #expect(traced.status == .methodNotAllowed)
            #expect(traced.headers[.allow] == "GET, HEAD")
            #expect(try await client.execute(uri: "/health/live", method: .head).status == .ok)
            #expect(traced.headers[.contentType] == "application/problem+json")
            if let operation = S.api.operations.first(where: { $0.path.contains(":") }) {
                let path = operation.path.split(separator: "/").map { $0.hasPrefix(":") ? "00000000-0000-7000-8000-000000000001" : $0 }
                    .joined(separator: "/")
                let wrong = try await client.execute(uri: "/" + path, method: .trace)
                #expect(wrong.status == .methodNotAllowed)
                #expect(wrong.headers[.allow]?.contains(operation.method.rawValue) == true)
            }

            // What an operator watches: the outbox backlog, and the answers' durations, errors too.
            _ = try await eventually("\(S.name)'s gauges") { () -> Bool? in
                let metrics = String(buffer: try await client.execute(uri: "/metrics", method: .get).body)
                return metrics.contains("qadam_outbox_unsent_events{service=\"\(S.name)\"}")
                    && metrics.contains("qadam_parked_messages{service=\"\(S.name)\"}")
                    ? true : nil
            }
            let metrics = String(buffer: try await client.execute(uri: "/metrics", method: .get).body)
            #expect(metrics.split(separator: "\n").contains { $0.hasPrefix("http_server_request_duration") && $0.contains("\"404\"") })

            // Headers too large to read: the server closes the connection after answering.
            let huge = try await client.execute(uri: "/v1/nowhere", method: .get,
                                                headers: [HTTPField.Name("X-Padding")!: String(repeating: "x", count: 100_000)])
            #expect(huge.status == .requestHeaderFieldsTooLarge)
        }
    }
}
