import Foundation
import Hummingbird
import HummingbirdTesting
import ServiceKit
import Testing

/// RFC 9457 problem details as a client receives them, in the language it asked for.
@Suite("Problem details")
struct ProblemDetailsTests {
    @Test("a validation problem has type, title, status, instance and every field error, in order")
    func validationProblemShape() async throws {
        let app = TestRouter.application(authority: try await TestRouter.authority())
        try await app.test(.router) { client in
            try await client.execute(uri: "/validated", method: .post, headers: [.acceptLanguage: "en"]) { response in
                #expect(response.status == .unprocessableContent)
                let problem = try response.problem()
                #expect(problem.type == "https://qadam.kz/problems/validation")
                #expect(problem.title == "The request has invalid fields")
                #expect(problem.status == 422)
                #expect(problem.instance == "/validated")
                #expect(problem.errors == [
                    .init(field: "fullName", message: "Required"),
                    .init(field: "employerEmail", message: "Not a valid email address"),
                    .init(field: "startsOn", message: "A date must be YYYY-MM-DD"),
                ])
            }
        }
    }

    @Test("problems are served as application/problem+json with the language they are written in")
    func contentTypeAndLanguage() async throws {
        let app = TestRouter.application(authority: try await TestRouter.authority())
        try await app.test(.router) { client in
            try await client.execute(uri: "/validated", method: .post, headers: [.acceptLanguage: "kk"]) { response in
                #expect(response.headers[.contentType] == "application/problem+json")
                #expect(response.headers[.contentLanguage] == "kk")
            }
        }
    }

    @Test("the reader's language comes from Accept-Language",
          arguments: [
            ("kk", "Деректер қате толтырылған", "Толтыру міндетті"),
            ("kk-KZ, ru;q=0.8", "Деректер қате толтырылған", "Толтыру міндетті"),
            ("ru-RU", "Данные заполнены с ошибками", "Обязательное поле"),
            ("en-GB,en;q=0.9", "The request has invalid fields", "Required"),
          ])
    func languageFromAcceptLanguage(header: String, title: String, firstMessage: String) async throws {
        let app = TestRouter.application(authority: try await TestRouter.authority())
        try await app.test(.router) { client in
            try await client.execute(uri: "/validated", method: .post, headers: [.acceptLanguage: header]) { response in
                let problem = try response.problem()
                #expect(problem.title == title)
                #expect(problem.errors?.first?.message == firstMessage)
            }
        }
    }

    @Test("without Accept-Language, or with only unsupported languages, problems are in Russian",
          arguments: [nil, "de-DE", "fr, *;q=0.1"] as [String?])
    func russianByDefault(header: String?) async throws {
        let app = TestRouter.application(authority: try await TestRouter.authority())
        var headers: HTTPFields = [:]
        if let header { headers[.acceptLanguage] = header }
        try await app.test(.router) { [headers] client in
            try await client.execute(uri: "/validated", method: .post, headers: headers) { response in
                let problem = try response.problem()
                #expect(response.headers[.contentLanguage] == "ru")
                #expect(problem.title == "Данные заполнены с ошибками")
            }
        }
    }

    @Test("a problem without field errors has no errors member")
    func noErrorsMemberWithoutFieldErrors() async throws {
        let app = TestRouter.application(authority: try await TestRouter.authority())
        try await app.test(.router) { client in
            try await client.execute(uri: "/staff/whoami", method: .get) { response in
                let keys = try response.jsonKeys()
                #expect(!keys.contains("errors"))
                #expect(try response.problem().detail == "Передайте bearer-токен.")
            }
        }
    }

    @Test("an unknown route answers 404 as problem details")
    func unknownRouteIsAProblem() async throws {
        let app = TestRouter.application(authority: try await TestRouter.authority())
        try await app.test(.router) { client in
            try await client.execute(uri: "/no/such/route", method: .get) { response in
                #expect(response.status == .notFound)
                let problem = try response.problem()
                #expect(response.headers[.contentType] == "application/problem+json")
                #expect(problem.status == 404)
            }
        }
    }

    @Test("an unexpected error answers 500 without its internals")
    func unexpectedErrorHidesInternals() async throws {
        let app = TestRouter.application(authority: try await TestRouter.authority())
        try await app.test(.router) { client in
            try await client.execute(uri: "/broken", method: .get, headers: [.acceptLanguage: "en"]) { response in
                #expect(response.status == .internalServerError)
                let problem = try response.problem()
                #expect(problem.type == "https://qadam.kz/problems/internal")
                #expect(problem.title == "Internal error")
                #expect(!response.text.contains("/var/secret/path"))
            }
        }
    }
}
