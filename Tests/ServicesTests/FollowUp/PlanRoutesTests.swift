import EventContracts
import FollowUpService
import Foundation
import Hummingbird
import HummingbirdTesting
import ServiceKit
import Testing

@Suite("Follow-up over HTTP")
struct PlanRoutesTests {
    @Test("the programme leader sees a listener's plan")
    func leaderSeesPlan() async throws {
        let (harness, listenerId) = try await FollowUpFixtures.planned()

        let response = try await harness.request(.get, "/v1/plans?listenerId=\(listenerId)", headers: .bearer(try await harness.token(.programmeLeader)))

        #expect(response.status == .ok)
        let plans = try response.json([FollowUpPlan].self)
        #expect(plans.map(\.listenerId) == [listenerId])
        #expect(plans.first?.endsOn == "2027-10-15")
    }

    @Test("plans are refused without a token (401) and to trainers (403)")
    func plansNeedStaff() async throws {
        let harness = try await ServiceHarness(FollowUpService.self)
        #expect(try await harness.request(.get, "/v1/plans").status == .unauthorized)
        #expect(try await harness.request(.get, "/v1/plans", headers: .bearer(try await harness.token(.trainer))).status == .forbidden)
    }
}
