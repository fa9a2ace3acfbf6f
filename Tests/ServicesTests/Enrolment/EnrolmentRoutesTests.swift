import EventContracts
import EnrolmentService
import Foundation
import Hummingbird
import HummingbirdTesting
import ServiceKit
import Testing

@Suite("Enrolment over HTTP")
struct EnrolmentRoutesTests {
    static func get(_ harness: ServiceHarness<EnrolmentService>, _ uri: String, headers: HTTPFields = [:]) async throws -> TestResponse {
        try await harness.application().test(.router) { client in
            try await client.execute(uri: uri, method: .get, headers: headers)
        }
    }

    @Test("staff find the listener intake's candidate became, and the listener's group")
    func listenerByCandidate() async throws {
        let harness = try await ServiceHarness(EnrolmentService.self)
        try await harness.planGroup("PD-2026-014-KK-1")
        try await harness.deliverSample(CandidateAccepted.self)
        let candidateId = try Samples.payload(CandidateAccepted.self).candidateId
        let token = try await harness.token(.programmeLeader)

        let found = try await Self.get(harness, "/v1/listeners?candidateId=\(candidateId)", headers: .bearer(token))
        #expect(found.status == .ok)
        let listener = try #require(try found.json([Listener].self).first)
        #expect(listener.candidateId == candidateId)
        #expect(try await Self.get(harness, "/v1/listeners?applicationId=\(candidateId)", headers: .bearer(token)).status
                == .unprocessableContent, "one name for the candidate's id")

        let group = try await Self.get(harness, "/v1/groups/\(listener.groupId)", headers: .bearer(token))
        #expect(try group.json(StudyGroup.self).code == "PD-2026-014-KK-1")
        let one = try await Self.get(harness, "/v1/listeners/\(listener.id)", headers: .bearer(token))
        #expect(try one.json(Listener.self).id == listener.id)
    }

    @Test("an unknown listener or group answers 404 problem")
    func unknownIsNotFound() async throws {
        let harness = try await ServiceHarness(EnrolmentService.self)
        let token = try await harness.token(.operator)
        #expect(try await Self.get(harness, "/v1/listeners/nobody", headers: .bearer(token)).status == .notFound)
        #expect(try await Self.get(harness, "/v1/groups/none", headers: .bearer(token)).status == .notFound)
        #expect(try await Self.get(harness, "/v1/listeners/019ad0c4-0000-7000-8000-000000000000", headers: .bearer(token)).status
                == .notFound)
    }

    @Test("listeners are refused without a token (401) and to trainers and organisations (403)")
    func listenersNeedStaff() async throws {
        let harness = try await ServiceHarness(EnrolmentService.self)
        #expect(try await Self.get(harness, "/v1/listeners").status == .unauthorized)
        #expect(try await Self.get(harness, "/v1/listeners", headers: .bearer(try await harness.token(.trainer))).status == .forbidden)
        #expect(try await Self.get(harness, "/v1/listeners",
                                   headers: .bearer(try await harness.token(.organisation, organisation: "o"))).status == .forbidden)
    }
}
