import EventContracts
import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
@testable import IntakeService
import ServiceKit
import Testing

@Suite("Organisations' requests")
struct RequestRoutesTests {
    @Test("the teachers may come as a CSV file from a spreadsheet; each bad row is named by its line and nothing is stored")
    func teachersAsCSV() async throws {
        let (harness, _, token) = try await IntakeFixtures.school()
        var csvHeaders = HTTPFields.bearer(token, language: "en")
        csvHeaders[.contentType] = "text/csv; charset=utf-8"
        let headers = csvHeaders
        let uri = "/v1/requests?programmeCode=PD-2026-014&language=ru&funding=employer"
        let bad = "ФИО;ИИН;Должность\nСейітова Айгүл;\(IINVectors.firstPass);учитель\n;850314410008;\nКим Ирина;\(IINVectors.firstPass);\n"
        let good = "ФИО;ИИН;Должность\nСейітова Айгүл;\(IINVectors.firstPass);учитель информатики\nКим Ирина;\(IINVectors.secondPass);\n"
        try await harness.application().test(.router) { client in
            let refused = try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: bad))
            #expect(refused.status == .unprocessableContent)
            let errors = try #require(try refused.problem().errors)
            #expect(errors.map(\.field) == ["lines[3].fullName", "lines[3].iin", "lines[4].iin"])
            #expect(errors.last?.message == "This IIN is already listed on line 2")

            let created = try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: good))
            #expect(created.status == .created)
            let view = try created.json(RequestView.self)
            #expect(view.candidates.map(\.fullName) == ["Сейітова Айгүл", "Ким Ирина"])
            #expect(view.candidates[0].position == "учитель информатики")
            #expect(view.request.language == .ru)
        }
        #expect(try await harness.count("organisationRequest") == 1)
    }

    @Test("teachers already on an open application for the programme are named, each linked to it, and nothing is doubled")
    func duplicatesAreCaught() async throws {
        let (harness, _, token) = try await IntakeFixtures.school()
        try await harness.application().test(.router) { client in
            let first = try await client.execute(uri: "/v1/requests", method: .post, headers: .bearer(token), body: .json(IntakeFixtures.request))
                .json(RequestView.self)
            let again = try await client.execute(uri: "/v1/requests", method: .post, headers: .bearer(token, language: "en"),
                                                 body: .json(IntakeFixtures.request))
            #expect(again.status == .unprocessableContent)
            let errors = try #require(try again.problem().errors)
            #expect(errors.map(\.field) == ["teachers[0].iin", "teachers[1].iin", "teachers[2].iin"])
            for (error, candidate) in zip(errors, first.candidates) { #expect(error.message.contains(candidate.id)) }

            var otherProgramme = IntakeFixtures.request
            otherProgramme["programmeCode"] = "PD-2026-099"
            #expect(try await client.execute(uri: "/v1/requests", method: .post, headers: .bearer(token),
                                             body: .json(otherProgramme)).status == .created)
        }
        #expect(try await harness.count("organisationRequest") == 2)
        #expect(try await harness.count("candidate") == 6)
    }

    @Test("each teacher on a request becomes a candidate the organisation can follow")
    func requestCreatesCandidates() async throws {
        let (harness, organisationId, token) = try await IntakeFixtures.school()
        let other = try await harness.token(.organisation, subject: "school-9", organisation: "another")
        try await harness.application().test(.router) { client in
            let created = try await client.execute(uri: "/v1/requests", method: .post, headers: .bearer(token), body: .json(IntakeFixtures.request))
            #expect(created.status == .created)
            let view = try created.json(RequestView.self)
            #expect(view.request.organisationId == organisationId)
            #expect(view.request.status == .open)
            #expect(view.candidates.map(\.fullName) == ["Сейітова Айгүл", "Ким Ирина", "Нұрланов Ерлан"])
            #expect(view.candidates.allSatisfy { $0.status == .received })
            #expect(view.candidates[1].email == "i.kim@school17.kz")

            let read = try await client.execute(uri: "/v1/requests/\(view.request.id)", method: .get, headers: .bearer(token))
            #expect(try read.json(RequestView.self) == view)
            let hidden = try await client.execute(uri: "/v1/requests/\(view.request.id)", method: .get, headers: .bearer(other))
            #expect(hidden.status == .notFound)
            let othersList = try await client.execute(uri: "/v1/requests", method: .get, headers: .bearer(other))
            #expect(try othersList.json([OrganisationRequest].self).isEmpty)
        }
    }

    @Test("every bad field is named by its place in the list, and nothing is stored")
    func badRequestIsRefusedWhole() async throws {
        let (harness, _, token) = try await IntakeFixtures.school()
        var teachers = IntakeFixtures.teachers
        teachers[1]["iin"] = "850314410008"
        teachers[2]["iin"] = IINVectors.firstPass
        teachers.append(["fullName": " ", "iin": "850314410007", "email": "nowhere"])
        // A name no order, letter or certificate could print.
        teachers[0]["fullName"] = "Айгүл 🌸"
        let body = ByteBuffer.json(["language": "de", "funding": "grant", "preferredFrom": "2099-03-01",
                                    "preferredTo": "2099-02-01", "teachers": teachers])
        try await harness.application().test(.router) { client in
            let response = try await client.execute(uri: "/v1/requests", method: .post, headers: .bearer(token), body: body)
            #expect(response.status == .unprocessableContent)
            let fields = try response.problem().errors?.map(\.field) ?? []
            #expect(Set(fields) == ["programmeCode", "language", "funding", "preferredTo", "teachers[0].fullName", "teachers[1].iin",
                                    "teachers[2].iin", "teachers[3].fullName", "teachers[3].email"])
            let duplicate = try response.problem().errors?.first { $0.field == "teachers[2].iin" }?.message
            #expect(duplicate == "Этот ИИН уже есть в списке под номером 1")
        }
        #expect(try await harness.count("organisationRequest") == 0)
        #expect(try await harness.count("candidate") == 0)
    }

    @Test("staff name the organisation they act for, and it must be registered")
    func staffNameARegisteredOrganisation() async throws {
        let (harness, organisationId, _) = try await IntakeFixtures.school()
        let staff = try await harness.token(.operator)
        let unregistered = try await harness.token(.organisation, subject: "ghost", organisation: "not-registered")
        var onBehalf = IntakeFixtures.request
        onBehalf["organisationId"] = organisationId
        let named = ByteBuffer.json(onBehalf)
        try await harness.application().test(.router) { client in
            let anonymous = try await client.execute(uri: "/v1/requests", method: .post, headers: .bearer(staff), body: .json(IntakeFixtures.request))
            #expect(anonymous.status == .unprocessableContent)
            #expect(try anonymous.problem().errors?.map(\.field) == ["organisationId"])
            let ghost = try await client.execute(uri: "/v1/requests", method: .post, headers: .bearer(unregistered), body: .json(IntakeFixtures.request))
            #expect(ghost.status == .unprocessableContent)
            let created = try await client.execute(uri: "/v1/requests", method: .post, headers: .bearer(staff), body: named)
            #expect(try created.json(RequestView.self).request.organisationId == organisationId)
        }
    }

    @Test("withdrawing a request withdraws its candidates and announces each, once")
    func withdrawal() async throws {
        let (harness, _, token) = try await IntakeFixtures.school()
        try await harness.application().test(.router) { client in
            let created = try await client.execute(uri: "/v1/requests", method: .post, headers: .bearer(token), body: .json(IntakeFixtures.request))
            let id = try created.json(RequestView.self).request.id
            let withdrawn = try await client.execute(uri: "/v1/requests/\(id)/withdraw", method: .post, headers: .bearer(token))
            #expect(withdrawn.status == .ok)
            let view = try withdrawn.json(RequestView.self)
            #expect(view.request.status == .withdrawn)
            #expect(view.candidates.allSatisfy { $0.status == .withdrawn })
            let again = try await client.execute(uri: "/v1/requests/\(id)/withdraw", method: .post, headers: .bearer(token))
            #expect(again.status == .conflict)

            let events = try await harness.outbox()
            #expect(events.map(\.routingKey) == Array(repeating: "intake.candidate.withdrawn", count: 3))
            let announced = try events.map { try $0.payload(as: CandidateWithdrawn.self).candidateId }
            #expect(announced == view.candidates.map(\.id))
        }
    }

    @Test("a request for a programme that is not approved, or is retired, is refused by field; organisations see what they may ask for")
    func onlyOfferedProgrammes() async throws {
        let (harness, _, token) = try await IntakeFixtures.school()
        try await harness.application().test(.router) { client in
            var unknown = IntakeFixtures.request
            unknown["programmeCode"] = "NO-SUCH-1"
            let refused = try await client.execute(uri: "/v1/requests", method: .post, headers: .bearer(token, language: "en"),
                                                   body: .json(unknown))
            #expect(refused.status == .unprocessableContent)
            #expect(try refused.problem().errors?.map(\.field) == ["programmeCode"])
            let csv = try await client.execute(uri: "/v1/requests?programmeCode=NO-SUCH-1&language=kk&funding=own", method: .post,
                                               headers: [.authorization: "Bearer \(token)", .contentType: "text/csv"],
                                               body: ByteBuffer(string: "ФИО;ИИН\nКим Ирина;\(IINVectors.secondPass)\n"))
            #expect(try csv.problem().errors?.map(\.field) == ["programmeCode"])
            let typo = try await client.execute(uri: "/v1/requests?programmeCod=PD-2026-014&language=kk&funding=own", method: .post,
                                                headers: [.authorization: "Bearer \(token)", .contentType: "text/csv"],
                                                body: ByteBuffer(string: "ФИО;ИИН\nКим Ирина;\(IINVectors.secondPass)\n"))
            #expect(try typo.problem().errors?.map(\.field) == ["programmeCod"], "a misspelt parameter is named, not ignored")

            let offered = try await client.execute(uri: "/v1/programmes", method: .get, headers: .bearer(token))
            #expect(try offered.json([CataloguedProgramme].self).map(\.code).contains("PD-2026-014"))
        }
        // Enrolment retires PD-2026-014: intake takes no new request for it, and lists it no more.
        #expect(try await harness.deliver(try eventBody(ProgrammeRetired(programmeId: "p", code: "PD-2026-014", retiredAt: Date()))))
        // A late redelivery of its approval does not bring it back.
        try await harness.catalogue("PD-2026-014")
        try await harness.application().test(.router) { client in
            let retired = try await client.execute(uri: "/v1/requests", method: .post, headers: .bearer(token),
                                                   body: .json(IntakeFixtures.request))
            #expect(try retired.problem().errors?.map(\.field) == ["programmeCode"])
            let offered = try await client.execute(uri: "/v1/programmes", method: .get, headers: .bearer(token))
            #expect(try !offered.json([CataloguedProgramme].self).map(\.code).contains("PD-2026-014"))
        }
        #expect(try await harness.count("organisationRequest") == 0)
    }
}
