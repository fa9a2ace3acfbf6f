import Contracts
import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import IntakeService
import ServiceKit
import Testing

@Suite("Intake over HTTP")
struct IntakeRoutesTests {
    static let validForm: [String: any Sendable] = [
        "fullName": "Сәрсенова Айгүл Маратқызы", "iin": "850314410007",
        "programmeCode": "PD-2026-014", "employerEmail": "School17@edu.uralsk.kz",
    ]
    static let invalidForm: [String: any Sendable] = [
        "fullName": " ", "iin": "850314410008", "programmeCode": "PD 2026", "employerEmail": "school17.edu.kz",
    ]

    /// Posts an application and returns the response's status and body.
    static func post(_ harness: ServiceHarness<IntakeService>, _ form: [String: any Sendable], headers: HTTPFields) async throws -> TestResponse {
        let body = ByteBuffer.json(form)
        return try await harness.application().test(.router) { client in
            try await client.execute(uri: "/v1/applications", method: .post, headers: headers, body: body)
        }
    }

    @Test("a valid application is created and a candidate-accepted event waits in the outbox")
    func validApplicationIsAccepted() async throws {
        let harness = try await ServiceHarness(IntakeService.self)
        let response = try await Self.post(harness, Self.validForm, headers: .bearer(try await harness.token(.operator, subject: "op-1")))

        #expect(response.status == .created)
        let body = try response.json(StoredApplication.self)
        #expect(response.headers[.location] == "/v1/applications/\(body.id)")
        #expect(body.status == .accepted)
        #expect(body.iin == "850314410007")
        #expect(body.employerEmail == "school17@edu.uralsk.kz")
        #expect(body.submittedBy == "op-1")

        let stored = try await harness.database.read { db in try StoredApplication.fetchOne(db, key: body.id) }
        #expect(stored?.fullName == "Сәрсенова Айгүл Маратқызы")

        let events = try await harness.outbox()
        #expect(events.map(\.type) == ["qadam.intake.candidate.accepted.v1"])
        #expect(events.first?.routingKey == "intake.candidate.accepted")
        let accepted = try #require(events.first).payload(as: CandidateAccepted.self)
        #expect(accepted.applicationId == body.id)
        #expect(accepted.fullName == "Сәрсенова Айгүл Маратқызы")
        #expect(accepted.programmeCode == "PD-2026-014")
        #expect(accepted.employerEmail == "school17@edu.uralsk.kz")
        #expect(try #require(events.first).payloadKeys.contains("iin") == false, "the event carries no IIN")
    }

    @Test("an organisation may submit an application")
    func organisationMaySubmit() async throws {
        let harness = try await ServiceHarness(IntakeService.self)
        let token = try await harness.token(.organisation, subject: "school-17", organisation: "org-17")
        let response = try await Self.post(harness, Self.validForm, headers: .bearer(token))
        #expect(response.status == .created)
        #expect(try await harness.count("outbox") == 1)
    }

    @Test("an invalid application answers 422 listing every bad field, in Russian by default, and stores nothing")
    func invalidApplicationListsEveryFieldInRussian() async throws {
        let harness = try await ServiceHarness(IntakeService.self)
        let response = try await Self.post(harness, Self.invalidForm, headers: .bearer(try await harness.token(.operator)))

        #expect(response.status == .unprocessableContent)
        #expect(response.headers[.contentType] == "application/problem+json")
        #expect(response.headers[.contentLanguage] == "ru")
        let problem = try response.problem()
        #expect(problem.title == "Данные заполнены с ошибками")
        #expect(problem.errors == [
            .init(field: "fullName", message: "Обязательное поле"),
            .init(field: "iin", message: "Контрольная цифра ИИН не сходится"),
            .init(field: "programmeCode", message: "Код программы состоит только из букв, цифр и дефисов"),
            .init(field: "employerEmail", message: "Неверный адрес электронной почты"),
        ])
        #expect(try await harness.count("application") == 0)
        #expect(try await harness.count("outbox") == 0)
    }

    @Test("with Accept-Language: kk the same problem is in Kazakh")
    func invalidApplicationInKazakh() async throws {
        let harness = try await ServiceHarness(IntakeService.self)
        let response = try await Self.post(harness, Self.invalidForm, headers: .bearer(try await harness.token(.operator), language: "kk"))

        #expect(response.status == .unprocessableContent)
        #expect(response.headers[.contentLanguage] == "kk")
        let problem = try response.problem()
        #expect(problem.title == "Деректер қате толтырылған")
        #expect(problem.errors == [
            .init(field: "fullName", message: "Толтыру міндетті"),
            .init(field: "iin", message: "ЖСН бақылау цифры сәйкес келмейді"),
            .init(field: "programmeCode", message: "Бағдарлама коды тек әріптерден, сандардан және сызықшадан тұрады"),
            .init(field: "employerEmail", message: "Электрондық пошта мекенжайы қате"),
        ])
    }

    @Test("an empty object lists all four required fields")
    func emptyObjectListsRequiredFields() async throws {
        let harness = try await ServiceHarness(IntakeService.self)
        let response = try await Self.post(harness, [:], headers: .bearer(try await harness.token(.operator), language: "en"))
        #expect(response.status == .unprocessableContent)
        let problem = try response.problem()
        #expect(problem.errors?.map(\.field) == ["fullName", "iin", "programmeCode", "employerEmail"])
        #expect(problem.errors?.allSatisfy { $0.message == "Required" } == true)
    }

    @Test("a body that is not JSON answers 400 and stores nothing")
    func malformedBodyIsRefused() async throws {
        let harness = try await ServiceHarness(IntakeService.self)
        let token = try await harness.token(.operator)
        let response = try await harness.application().test(.router) { client in
            try await client.execute(uri: "/v1/applications", method: .post, headers: .bearer(token),
                                     body: ByteBuffer(string: "{\"fullName\": "))
        }
        #expect(response.status == .badRequest)
        #expect(try response.problem().type == "https://qadam.kz/problems/malformed")
        #expect(try await harness.count("application") == 0)
    }

    @Test("without a token the application is refused with 401 and nothing is stored")
    func unauthenticatedIsRefused() async throws {
        let harness = try await ServiceHarness(IntakeService.self)
        let response = try await Self.post(harness, Self.validForm, headers: [.contentType: "application/json"])
        #expect(response.status == .unauthorized)
        #expect(response.headers[.wwwAuthenticate] == "Bearer")
        #expect(try response.problem().status == 401)
        #expect(try await harness.count("application") == 0)
        #expect(try await harness.count("outbox") == 0)
    }

    @Test("a role that does not take applications is refused with 403", arguments: [Role.trainer, .rector, .programmeLeader])
    func wrongRoleIsForbidden(role: Role) async throws {
        let harness = try await ServiceHarness(IntakeService.self)
        let response = try await Self.post(harness, Self.validForm, headers: .bearer(try await harness.token(role)))
        #expect(response.status == .forbidden)
        #expect(try response.problem().type == "https://qadam.kz/problems/forbidden")
        #expect(try await harness.count("application") == 0)
    }

    @Test("an application can be read back; an unknown one answers 404 problem")
    func readBack() async throws {
        let harness = try await ServiceHarness(IntakeService.self)
        let token = try await harness.token(.operator)
        try await harness.application().test(.router) { client in
            let created = try await client.execute(uri: "/v1/applications", method: .post, headers: .bearer(token), body: .json(Self.validForm))
            let id = try created.json(StoredApplication.self).id
            let found = try await client.execute(uri: "/v1/applications/\(id)", method: .get, headers: .bearer(token))
            #expect(found.status == .ok)
            #expect(try found.json(StoredApplication.self).id == id)
            let missing = try await client.execute(uri: "/v1/applications/no-such-id", method: .get, headers: .bearer(token, language: "en"))
            #expect(missing.status == .notFound)
            #expect(try missing.problem().detail == "No such application")
        }
    }

    @Test("an organisation's token does not read another organisation's application")
    func organisationSeesOnlyItsOwn() async throws {
        let harness = try await ServiceHarness(IntakeService.self)
        let ours = try await harness.token(.organisation, subject: "school-17", organisation: "org-17")
        let theirs = try await harness.token(.organisation, subject: "school-9", organisation: "org-9")
        try await harness.application().test(.router) { client in
            let created = try await client.execute(uri: "/v1/applications", method: .post, headers: .bearer(ours), body: .json(Self.validForm))
            let id = try created.json(StoredApplication.self).id
            let response = try await client.execute(uri: "/v1/applications/\(id)", method: .get, headers: .bearer(theirs))
            // DESIGN.md: "an organisation token sees only its own organisation's data".
            #expect(response.status == .notFound)
            #expect(!response.text.contains("850314410007"))
            let own = try await client.execute(uri: "/v1/applications/\(id)", method: .get, headers: .bearer(ours))
            #expect(own.status == .ok)
        }
    }
}
