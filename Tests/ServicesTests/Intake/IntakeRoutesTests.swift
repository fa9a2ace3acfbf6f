import EventContracts
import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
@testable import IntakeService
import ServiceKit
import Testing

@Suite("Individual applications over HTTP")
struct IntakeRoutesTests {
    static func body(_ form: some Encodable) throws -> ByteBuffer {
        ByteBuffer(data: try JSONEncoder().encode(form))
    }

    static var invalidForm: ApplicationForm {
        var questionnaire = IntakeFixtures.good
        questionnaire.iin = "850314410008"
        return ApplicationForm(programmeCode: "PD 2026", funding: "own", employerEmail: "school17.edu.kz", questionnaire: questionnaire)
    }

    /// Posts an application and returns the response.
    static func post(_ harness: ServiceHarness<IntakeService>, _ form: ApplicationForm = IntakeFixtures.application(),
                     headers: HTTPFields) async throws -> TestResponse {
        let body = try Self.body(form)
        return try await harness.application().test(.router) { client in
            try await client.execute(uri: "/v1/applications", method: .post, headers: headers, body: body)
        }
    }

    @Test("a valid application becomes a candidate with its questionnaire, waiting for its papers: nothing is announced yet")
    func validApplicationIsReceived() async throws {
        let harness = try await IntakeFixtures.harness()
        let response = try await Self.post(harness, headers: .bearer(try await harness.token(.operator, subject: "op-1")))

        #expect(response.status == .created)
        let view = try response.json(CandidateView.self)
        #expect(response.headers[.location] == "/v1/candidates/\(view.candidate.id)")
        #expect(view.candidate.status == .received)
        #expect(view.candidate.requestId == nil)
        #expect(view.candidate.iin == "850314410007")
        #expect(view.candidate.language == .kk)
        #expect(view.candidate.employerEmail == "school17@edu.uralsk.kz")
        #expect(view.candidate.submittedBy == "op-1")
        #expect(!view.checklist.complete)
        let stored = try await harness.database.read { db in try QuestionnaireRecord.find(iin: "850314410007", in: db) }
        #expect(stored?.workplace.organisation == "School-lyceum No. 12")
        #expect(try await harness.count("outbox") == 0)
    }

    @Test("an invalid application answers 422 listing every bad field, the questionnaire's nested, in Russian by default, and stores nothing")
    func invalidApplicationListsEveryFieldInRussian() async throws {
        let harness = try await IntakeFixtures.harness()
        let response = try await Self.post(harness, Self.invalidForm, headers: .bearer(try await harness.token(.operator)))

        #expect(response.status == .unprocessableContent)
        #expect(response.headers[.contentType] == "application/problem+json")
        #expect(response.headers[.contentLanguage] == "ru")
        let problem = try response.problem()
        #expect(problem.title == "Данные заполнены с ошибками")
        #expect(problem.errors == [
            .init(field: "programmeCode", message: "Код программы состоит только из букв, цифр и дефисов"),
            .init(field: "employerEmail", message: "Неверный адрес электронной почты"),
            .init(field: "questionnaire.iin", message: "Контрольная цифра ИИН не сходится"),
        ])
        #expect(try await harness.count("candidate") == 0)
        #expect(try await harness.count("questionnaire") == 0)
    }

    @Test("with Accept-Language: kk the same problem is in Kazakh")
    func invalidApplicationInKazakh() async throws {
        let harness = try await IntakeFixtures.harness()
        let response = try await Self.post(harness, Self.invalidForm, headers: .bearer(try await harness.token(.operator), language: "kk"))
        #expect(response.headers[.contentLanguage] == "kk")
        let problem = try response.problem()
        #expect(problem.title == "Деректер қате толтырылған")
        #expect(problem.errors?.last == .init(field: "questionnaire.iin", message: "ЖСН бақылау цифры сәйкес келмейді"))
    }

    @Test("a body that is not JSON answers 400 and stores nothing")
    func malformedBodyIsRefused() async throws {
        let harness = try await IntakeFixtures.harness()
        let token = try await harness.token(.operator)
        let response = try await harness.application().test(.router) { client in
            try await client.execute(uri: "/v1/applications", method: .post, headers: .bearer(token),
                                     body: ByteBuffer(string: "{\"programmeCode\": "))
        }
        #expect(response.status == .badRequest)
        #expect(try response.problem().type == "https://qadam.kz/problems/malformed")
        #expect(try await harness.count("candidate") == 0)
    }

    @Test("without a token the application is refused with 401; a role that takes none with 403")
    func unauthenticatedAndWrongRolesAreRefused() async throws {
        let harness = try await IntakeFixtures.harness()
        let anonymous = try await Self.post(harness, headers: [.contentType: "application/json"])
        #expect(anonymous.status == .unauthorized)
        #expect(anonymous.headers[.wwwAuthenticate] == "Bearer")
        for role in [Role.trainer, .rector, .programmeLeader] {
            let response = try await Self.post(harness, headers: .bearer(try await harness.token(role)))
            #expect(response.status == .forbidden)
            #expect(try response.problem().type == "https://qadam.kz/problems/forbidden")
        }
        #expect(try await harness.count("candidate") == 0)
    }

    @Test("the same teacher applying again for the same programme is pointed to the open application, not stored twice")
    func duplicateIsCaughtAndLinked() async throws {
        let harness = try await IntakeFixtures.harness()
        let token = try await harness.token(.operator)
        let first = try await Self.post(harness, headers: .bearer(token, language: "en")).json(CandidateView.self).candidate
        let again = try await Self.post(harness, headers: .bearer(token, language: "en"))
        #expect(again.status == .unprocessableContent)
        let error = try #require(try again.problem().errors?.first)
        #expect(error.field == "programmeCode")
        #expect(error.message.contains(first.id))
        // Another programme is another application.
        let other = try await Self.post(harness, IntakeFixtures.application(programmeCode: "PD-2026-015"), headers: .bearer(token))
        #expect(other.status == .created)
        #expect(try await harness.count("candidate") == 2)
    }

    @Test("an organisation's token reads only its own candidates and their questionnaires")
    func organisationSeesOnlyItsOwn() async throws {
        let (harness, _, ours) = try await IntakeFixtures.school()
        let theirs = try await harness.token(.organisation, subject: "school-9", organisation: "019ad0c2-0000-7000-8000-000000000009")
        let created = try await Self.post(harness, IntakeFixtures.application(employerEmail: nil), headers: .bearer(ours))
        #expect(created.status == .created)
        let id = try created.json(CandidateView.self).candidate.id
        try await harness.application().test(.router) { client in
            for uri in ["/v1/candidates/\(id)", "/v1/candidates/\(id)/questionnaire"] {
                let response = try await client.execute(uri: uri, method: .get, headers: .bearer(theirs))
                #expect(response.status == .notFound)
                #expect(!response.text.contains("850314410007"))
                #expect(try await client.execute(uri: uri, method: .get, headers: .bearer(ours)).status == .ok)
            }
        }
    }

    @Test("a questionnaire is personal data: another organisation with a candidate of the same IIN can neither read nor overwrite it")
    func questionnaireStaysWithItsKeeper() async throws {
        let (harness, _, ours) = try await IntakeFixtures.school()
        let theirs = try await harness.token(.organisation, subject: "school-9", organisation: "019ad0c2-0000-7000-8000-000000000009")
        let staff = try await harness.token(.operator)
        // School 17 applies for its teacher, with her questionnaire.
        let created = try await Self.post(harness, IntakeFixtures.application(employerEmail: nil), headers: .bearer(ours))
        #expect(created.status == .created)
        // Another organisation lists the same IIN on a request of its own, for another programme.
        try await harness.database.write { db in
            try db.execute(sql: "INSERT INTO organisation (id, kind, nameKk, nameRu, region, bin, postalAddress, email, createdAt, updatedAt) "
                + "VALUES ('019ad0c2-0000-7000-8000-000000000009', 'school', 'Мектеп 9', 'Школа 9', 'astana', '120440005673', 'Астана', 'school9@edu.kz', ?, ?)",
                arguments: [Date(), Date()])
        }
        let request: [String: any Sendable] = ["programmeCode": "PD-2026-099", "language": "ru", "funding": "own",
                                               "teachers": [["fullName": "Сейітова Айгүл", "iin": "850314410007"]]]
        try await harness.application().test(.router) { client in
            let theirRequest = try await client.execute(uri: "/v1/requests", method: .post, headers: .bearer(theirs), body: .json(request))
            let theirCandidate = try theirRequest.json(RequestView.self).candidates[0].id
            let read = try await client.execute(uri: "/v1/candidates/\(theirCandidate)/questionnaire", method: .get, headers: .bearer(theirs))
            #expect(read.status == .notFound)
            #expect(!read.text.contains("Kabanbay"))
            let overwrite = try await client.execute(uri: "/v1/candidates/\(theirCandidate)/questionnaire", method: .put,
                                                     headers: .bearer(theirs), body: try Self.body(IntakeFixtures.good))
            #expect(overwrite.status == .conflict)
            // The centre's staff see it from either candidate.
            let staffRead = try await client.execute(uri: "/v1/candidates/\(theirCandidate)/questionnaire", method: .get, headers: .bearer(staff))
            #expect(staffRead.status == .ok)
        }
    }

    @Test("a duplicate through another organisation is reported without naming that organisation's candidate")
    func duplicateThroughAnotherOrganisationIsNotNamed() async throws {
        let harness = try await IntakeFixtures.harness()
        let staff = try await harness.token(.operator)
        let first = try await Self.post(harness, headers: .bearer(staff)).json(CandidateView.self).candidate
        try await harness.database.write { db in
            try db.execute(sql: "INSERT INTO organisation (id, kind, nameKk, nameRu, region, bin, postalAddress, email, createdAt, updatedAt) "
                + "VALUES ('019ad0c2-0000-7000-8000-000000000009', 'school', 'Мектеп 9', 'Школа 9', 'astana', '120440005673', 'Астана', 'school9@edu.kz', ?, ?)",
                arguments: [Date(), Date()])
        }
        let theirs = try await harness.token(.organisation, subject: "school-9", organisation: "019ad0c2-0000-7000-8000-000000000009")
        let again = try await Self.post(harness, IntakeFixtures.application(employerEmail: nil), headers: .bearer(theirs, language: "en"))
        #expect(again.status == .unprocessableContent)
        let message = try #require(try again.problem().errors?.first?.message)
        #expect(!message.contains(first.id))
        #expect(message.contains("another organisation"))
    }

    @Test("a questionnaire is corrected in place; another person's IIN is refused")
    func questionnaireIsCorrected() async throws {
        let harness = try await IntakeFixtures.harness()
        let token = try await harness.token(.operator)
        let id = try await Self.post(harness, headers: .bearer(token)).json(CandidateView.self).candidate.id
        var form = IntakeFixtures.good
        form.phone = "+7 702 000 00 01"
        let corrected = form
        form.iin = "900101300007"
        form.birthDate = "1990-01-01"
        form.sex = "male"
        let stranger = form
        try await harness.application().test(.router) { client in
            let put = try await client.execute(uri: "/v1/candidates/\(id)/questionnaire", method: .put, headers: .bearer(token),
                                               body: ByteBuffer(data: try JSONEncoder().encode(corrected)))
            #expect(put.status == .ok)
            let read = try await client.execute(uri: "/v1/candidates/\(id)/questionnaire", method: .get, headers: .bearer(token))
            #expect(try read.json(Questionnaire.self).phone == "+77020000001")
            let refused = try await client.execute(uri: "/v1/candidates/\(id)/questionnaire", method: .put, headers: .bearer(token),
                                                   body: ByteBuffer(data: try JSONEncoder().encode(stranger)))
            #expect(try refused.problem().errors?.map(\.field) == ["iin"])
        }
    }

    @Test("one candidate is withdrawn and announced; a second withdrawal is refused")
    func oneCandidateIsWithdrawn() async throws {
        let harness = try await IntakeFixtures.harness()
        let token = try await harness.token(.operator)
        let id = try await Self.post(harness, headers: .bearer(token)).json(CandidateView.self).candidate.id
        try await harness.application().test(.router) { client in
            let withdrawn = try await client.execute(uri: "/v1/candidates/\(id)/withdraw", method: .post, headers: .bearer(token))
            #expect(try withdrawn.json(CandidateView.self).candidate.status == .withdrawn)
            let again = try await client.execute(uri: "/v1/candidates/\(id)/withdraw", method: .post, headers: .bearer(token))
            #expect(again.status == .conflict)
        }
        let events = try await harness.outbox()
        #expect(events.map(\.type) == ["qadam.intake.candidate.withdrawn.v1"])
        #expect(try events[0].payload(as: CandidateWithdrawn.self).candidateId == id)
        #expect(try events[0].payload(as: CandidateWithdrawn.self).requestId == nil)
    }
}
