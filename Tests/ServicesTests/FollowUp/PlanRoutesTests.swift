import EventContracts
import FollowUpService
import Foundation
import Hummingbird
import HummingbirdTesting
import ServiceKit
import Testing

@Suite("Follow-up over HTTP")
struct PlanRoutesTests {
    static func get(_ harness: ServiceHarness<FollowUpService>, _ uri: String, headers: HTTPFields = [:]) async throws -> TestResponse {
        try await harness.application().test(.router) { client in
            try await client.execute(uri: uri, method: .get, headers: headers)
        }
    }

    @Test("the programme leader sees a listener's plan")
    func leaderSeesPlan() async throws {
        let harness = try await ServiceHarness(FollowUpService.self)
        try await harness.deliverSample(CertificateIssued.self)
        let listenerId = try Samples.payload(CertificateIssued.self).listenerId

        let response = try await Self.get(harness, "/v1/plans?listenerId=\(listenerId)", headers: .bearer(try await harness.token(.programmeLeader)))

        #expect(response.status == .ok)
        let plans = try response.json([FollowUpPlan].self)
        #expect(plans.map(\.listenerId) == [listenerId])
        #expect(plans.first?.endsOn == "2027-10-15")
    }

    @Test("plans are refused without a token (401) and to trainers (403)")
    func plansNeedStaff() async throws {
        let harness = try await ServiceHarness(FollowUpService.self)
        #expect(try await Self.get(harness, "/v1/plans").status == .unauthorized)
        #expect(try await Self.get(harness, "/v1/plans", headers: .bearer(try await harness.token(.trainer))).status == .forbidden)
    }
}
