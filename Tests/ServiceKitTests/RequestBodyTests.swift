import Foundation
import Hummingbird
import HummingbirdTesting
import ServiceKit
import Testing

/// Bodies that cannot be read answer 400 problem details that say what was wrong.
@Suite("Reading JSON bodies")
struct RequestBodyTests {
    static func post(_ body: String, language: String = "en") async throws -> (HTTPResponse.Status, Problem.Body?, String) {
        let app = TestRouter.application(authority: try await TestRouter.authority())
        return try await app.test(.router) { client in
            try await client.execute(uri: "/enrolments", method: .post, headers: [.acceptLanguage: language, .contentType: "application/json"],
                                     body: ByteBuffer(string: body)) { response in
                (response.status, try? response.problem(), response.text)
            }
        }
    }

    @Test("a readable body reaches the route")
    func readableBodyIsDecoded() async throws {
        let (status, _, text) = try await Self.post(#"{"fullName":"Әсел","hours":72}"#)
        #expect(status == .ok)
        #expect(text == "Әсел:72")
    }

    @Test("a body that is not JSON answers 400 malformed")
    func notJSONIsMalformed() async throws {
        let (status, problem, _) = try await Self.post("{fullName: Әсел")
        #expect(status == .badRequest)
        #expect(problem?.type == "https://qadam.kz/problems/malformed")
        #expect(problem?.title == "Malformed request")
        #expect(problem?.status == 400)
        #expect(problem?.detail?.isEmpty == false)
    }

    @Test("an empty body answers 400 malformed")
    func emptyBodyIsMalformed() async throws {
        let (status, problem, _) = try await Self.post("")
        #expect(status == .badRequest)
        #expect(problem?.type == "https://qadam.kz/problems/malformed")
    }

    @Test("a missing field is named in the problem")
    func missingFieldIsNamed() async throws {
        let (status, problem, _) = try await Self.post(#"{"fullName":"Әсел"}"#)
        #expect(status == .badRequest)
        #expect(problem?.type == "https://qadam.kz/problems/malformed")
        #expect(problem?.detail?.contains("hours") == true, "detail: \(problem?.detail ?? "nil")")
    }

    @Test("a field of the wrong type is named in the problem")
    func wrongTypeIsNamed() async throws {
        let (status, problem, _) = try await Self.post(#"{"fullName":"Әсел","hours":"seventy-two"}"#)
        #expect(status == .badRequest)
        #expect(problem?.detail?.contains("hours") == true, "detail: \(problem?.detail ?? "nil")")
    }

    @Test("a body that is JSON but not an object says so", arguments: ["0", "[]", "\"text\""])
    func notAnObject(_ body: String) async throws {
        let (status, problem, _) = try await Self.post(body)
        #expect(status == .badRequest)
        #expect(problem?.detail == "the body must be a JSON object")
    }

    @Test("the malformed problem's title follows Accept-Language")
    func malformedTitleIsLocalized() async throws {
        let (_, problem, _) = try await Self.post("not json", language: "kk")
        #expect(problem?.title == "Сұраным оқылмады")
    }
}
