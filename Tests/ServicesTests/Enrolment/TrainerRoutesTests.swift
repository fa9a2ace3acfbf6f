import EventContracts
@testable import EnrolmentService
import Foundation
import Hummingbird
import HummingbirdTesting
import ServiceKit
import Storage
import Testing

@Suite("Trainers over HTTP")
struct TrainerRoutesTests {

    static func form(category: String = "industry-specialist", engagement: String = "external", years: Int = 5,
                     certified: Bool = true, contract: Bool = true) -> [String: any Sendable] {
        var form: [String: any Sendable] = [
            "fullName": "Серикбаев Ерлан Маратович", "category": category, "engagement": engagement, "industryExperienceYears": years,
        ]
        if certified { form["certification"] = ["number": "CT-0042", "issuer": "Orleu", "issuedOn": "2025-05-20"] }
        if contract {
            form["contract"] = ["kind": "service-contract", "number": "ДУ-17", "validFrom": "2026-09-01", "validUntil": "2027-08-31"]
        }
        return form
    }

    /// A harness with one group planned in a stream of 7 to 18 September 2026, within the
    /// contract that `form` gives.
    static func harnessWithGroup() async throws -> (ServiceHarness<EnrolmentService>, String) {
        let harness = try await ServiceHarness(EnrolmentService.self)
        return (harness, try await harness.planGroup("PD-2026-014-KK-1").id)
    }

    @Test("a qualified trainer is assigned to a group and assessment is told, with the group's dates; the group lists them; twice is refused")
    func assignQualified() async throws {
        let (harness, groupId) = try await Self.harnessWithGroup()
        let operatorToken = try await harness.token(.operator)
        let created = try await harness.send(.post, "/v1/trainers", Self.form(), token: operatorToken)
        #expect(created.status == .created)
        let trainer = try created.json(Trainer.self)
        #expect(trainer.contract?.number == "ДУ-17")

        let leader = try await harness.token(.programmeLeader)
        let assigned = try await harness.send(.post, "/v1/groups/\(groupId)/trainers", ["trainerId": trainer.id],
                                                           token: leader)
        #expect(assigned.status == .created)
        let listed = try await harness.send(.get, "/v1/groups/\(groupId)/trainers", token: leader)
        #expect(try listed.json([Trainer].self).map(\.id) == [trainer.id])
        let announced = try #require(try await harness.outbox().last).payload(as: TrainerAssigned.self)
        #expect(announced.trainerId == trainer.id)
        #expect(announced.groupId == groupId)
        #expect((announced.stream?.startsOn, announced.stream?.endsOn) == ("2026-09-07", "2026-09-18"))
        let events = try await harness.count("outbox")
        let again = try await harness.send(.post, "/v1/groups/\(groupId)/trainers", ["trainerId": trainer.id],
                                                        token: leader)
        #expect(again.status == .unprocessableContent)
        #expect(try await harness.count("outbox") == events, "a refused assignment announces nothing")
    }

    @Test("a trainer who does not qualify is recorded, but their assignment is refused naming every clause")
    func assignUnqualified() async throws {
        let (harness, groupId) = try await Self.harnessWithGroup()
        let token = try await harness.token(.admin)
        let created = try await harness.send(.post, "/v1/trainers",
                                                          Self.form(years: 1, certified: false, contract: false), token: token)
        #expect(created.status == .created)
        let trainer = try created.json(Trainer.self)

        let refused = try await harness.send(.post, "/v1/groups/\(groupId)/trainers", ["trainerId": trainer.id],
                                                          token: token, language: "en")
        #expect(refused.status == .unprocessableContent)
        let errors = try #require(try refused.problem().errors)
        #expect(errors.map(\.field) == ["trainerId", "trainerId", "trainerId"])
        #expect(errors.map { String($0.message.prefix(5)) } == ["5.1.2", "5.1.5", "5.1.6"])
        #expect(try await harness.count("groupTrainer") == 0)

        // Mended: a certificate, a contract and the years; now the assignment goes through.
        let mended = try await harness.send(.put, "/v1/trainers/\(trainer.id)", Self.form(years: 3), token: token)
        #expect(mended.status == .ok)
        let assigned = try await harness.send(.post, "/v1/groups/\(groupId)/trainers", ["trainerId": trainer.id],
                                                           token: token)
        #expect(assigned.status == .created)
    }

    @Test("a trainer's form is checked field by field; a contract that ends before it starts is refused")
    func formChecked() async throws {
        let harness = try await ServiceHarness(EnrolmentService.self)
        var form = Self.form()
        form["category"] = "astronaut"
        form["contract"] = ["kind": "service-contract", "number": "1", "validFrom": "2026-09-01", "validUntil": "2026-08-01"]
        form["certification"] = ["number": "", "issuer": "Orleu", "issuedOn": "20.05.2025"]
        let response = try await harness.send(.post, "/v1/trainers", form, token: try await harness.token(.operator))
        #expect(response.status == .unprocessableContent)
        let errors = try #require(try response.problem().errors)
        #expect(errors.map(\.field) == ["category", "certification.number", "certification.issuedOn", "contract.validUntil"])
    }

    @Test("trainers are staff's to read and keep: a trainer or an organisation is refused")
    func roles() async throws {
        let harness = try await ServiceHarness(EnrolmentService.self)
        #expect(try await harness.send(.get, "/v1/trainers", token: try await harness.token(.trainer)).status == .forbidden)
        #expect(try await harness.send(.post, "/v1/trainers", Self.form(),
                                                    token: try await harness.token(.programmeLeader)).status == .forbidden)
        #expect(try await harness.send(.get, "/v1/trainers/none",
                                                    token: try await harness.token(.rector)).status == .notFound)
    }
}
