import AssessmentService
import EventContracts
import Hummingbird
import HummingbirdTesting

/// What assessment's tests start from: a listener enrolment admitted, and a final result sent
/// as a client sends it.
enum AssessmentFixtures {
    /// The centre's day in assessment's tests: after the sample listener's admission (2 September 2026).
    static let today = "2026-10-20"

    /// An assessment service that knows the sample's admitted listener.
    static func withListener() async throws -> (ServiceHarness<AssessmentService>, String) {
        let harness = try await ServiceHarness(AssessmentService.self, today: today)
        try await harness.deliverSample(ListenerAdmitted.self)
        return (harness, try Samples.payload(ListenerAdmitted.self).listenerId)
    }

    /// A final result posted as raw JSON, with whatever headers the caller sends.
    static func record(_ harness: ServiceHarness<AssessmentService>, listener: String, _ json: String,
                       headers: HTTPFields) async throws -> TestResponse {
        try await harness.request(.post, "/v1/listeners/\(listener)/final-assessment", headers: headers, body: ByteBuffer(string: json))
    }
}
