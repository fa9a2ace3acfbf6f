import EventContracts
import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import IntakeService
import ServiceKit
import Testing

@Suite("The register of organisations")
struct OrganisationRoutesTests {
    @Test("an operator registers an organisation and reads it back")
    func registerAndRead() async throws {
        let harness = try await IntakeFixtures.harness()
        let token = try await harness.token(.operator)
        try await harness.application().test(.router) { client in
            let created = try await client.execute(uri: "/v1/organisations", method: .post, headers: .bearer(token), body: .json(IntakeFixtures.school))
            #expect(created.status == .created)
            let organisation = try created.json(Organisation.self)
            #expect(created.headers[.location] == "/v1/organisations/\(organisation.id)")
            #expect(organisation.email == "school17@edu.uralsk.kz")
            #expect(organisation.region == .westKazakhstan)

            let read = try await client.execute(uri: "/v1/organisations/\(organisation.id)", method: .get, headers: .bearer(token))
            #expect(try read.json(Organisation.self) == organisation)
            let list = try await client.execute(uri: "/v1/organisations", method: .get, headers: .bearer(token))
            #expect(try list.json([Organisation].self).map(\.id) == [organisation.id])
        }
    }

    @Test("a BIN registered once cannot be registered again")
    func duplicateBINIsRefused() async throws {
        let harness = try await IntakeFixtures.harness()
        let token = try await harness.token(.operator)
        try await harness.application().test(.router) { client in
            let first = try await client.execute(uri: "/v1/organisations", method: .post, headers: .bearer(token), body: .json(IntakeFixtures.school))
            let id = try first.json(Organisation.self).id
            let second = try await client.execute(uri: "/v1/organisations", method: .post, headers: .bearer(token), body: .json(IntakeFixtures.school))
            #expect(second.status == .conflict)
            #expect(try second.problem().detail?.contains(id) == true)
        }
        #expect(try await harness.count("organisation") == 1)
    }

    @Test("a name with a NUL or another control character is refused by field")
    func controlCharacters() async throws {
        let harness = try await IntakeFixtures.harness()
        var form = IntakeFixtures.school
        form["nameRu"] = "Школа\u{0000}№17"
        form["postalAddress"] = "Уральск\u{001B}[2J"
        let refused = try await harness.send(.post, "/v1/organisations", form, token: try await harness.token(.operator), language: "en")
        #expect(refused.status == .unprocessableContent)
        #expect(try refused.problem().errors?.map(\.field) == ["nameRu", "postalAddress"])
        #expect(try refused.problem().errors?.first?.message == "The text must not hold control characters")
        #expect(try await harness.count("organisation") == 0)
    }

    @Test("every bad field is listed, in Kazakh when asked, and nothing is stored")
    func invalidOrganisationIsRefused() async throws {
        let harness = try await IntakeFixtures.harness()
        let token = try await harness.token(.admin)
        var form = IntakeFixtures.school
        form["kind"] = "university"
        form["bin"] = String(IntakeFixtures.bin.dropLast()) + String((Int(String(IntakeFixtures.bin.last!))! + 1) % 10)
        form["region"] = "Uralsk"
        form["email"] = "school17"
        form["nameKk"] = ""
        let body = ByteBuffer.json(form)
        try await harness.application().test(.router) { client in
            let response = try await client.execute(uri: "/v1/organisations", method: .post, headers: .bearer(token, language: "kk"),
                                                    body: body)
            #expect(response.status == .unprocessableContent)
            let problem = try response.problem()
            #expect(Set(problem.errors?.map(\.field) ?? []) == ["kind", "bin", "region", "email", "nameKk"])
            #expect(problem.errors?.first { $0.field == "bin" }?.message == "БСН бақылау цифры сәйкес келмейді")
        }
        #expect(try await harness.count("organisation") == 0)
    }

    @Test("an organisation's token reads its own entry and no other, and cannot register")
    func organisationSeesOnlyItself() async throws {
        let harness = try await IntakeFixtures.harness()
        let staff = try await harness.token(.operator)
        try await harness.application().test(.router) { client in
            let created = try await client.execute(uri: "/v1/organisations", method: .post, headers: .bearer(staff), body: .json(IntakeFixtures.school))
            let id = try created.json(Organisation.self).id
            let own = try await harness.token(.organisation, subject: "school-17", organisation: id)
            let other = try await harness.token(.organisation, subject: "school-9", organisation: "another")

            #expect(try await client.execute(uri: "/v1/organisations/\(id)", method: .get, headers: .bearer(own)).status == .ok)
            #expect(try await client.execute(uri: "/v1/organisations/\(id)", method: .get, headers: .bearer(other)).status == .notFound)
            #expect(try await client.execute(uri: "/v1/organisations", method: .get, headers: .bearer(own)).status == .forbidden)
            #expect(try await client.execute(uri: "/v1/organisations", method: .post, headers: .bearer(own), body: .json(IntakeFixtures.school)).status
                == .forbidden)
        }
    }

    @Test("a correction changes the official email for the next notice, and is announced to enrolment")
    func correctionUpdatesTheEntry() async throws {
        let harness = try await IntakeFixtures.harness()
        let token = try await harness.token(.operator)
        try await harness.application().test(.router) { client in
            let created = try await client.execute(uri: "/v1/organisations", method: .post, headers: .bearer(token), body: .json(IntakeFixtures.school))
            let original = try created.json(Organisation.self)
            var corrected = IntakeFixtures.school
            corrected["email"] = "priemnaya@school17.kz"
            let form = corrected
            let updated = try await client.execute(uri: "/v1/organisations/\(original.id)", method: .put, headers: .bearer(token),
                                                   body: .json(form))
            #expect(updated.status == .ok)
            let organisation = try updated.json(Organisation.self)
            #expect(organisation.email == "priemnaya@school17.kz")
            #expect(organisation.createdAt == original.createdAt)
            let announced = try #require(try await harness.outbox().last { $0.routingKey == "intake.organisation.updated" })
                .payload(as: OrganisationUpdated.self)
            #expect(announced.organisationId == original.id)
            #expect(announced.email == "priemnaya@school17.kz")
            #expect(announced.postalAddress == organisation.postalAddress)
            let missing = try await client.execute(uri: "/v1/organisations/nobody", method: .put, headers: .bearer(token), body: .json(form))
            #expect(missing.status == .notFound)
        }
    }
}
