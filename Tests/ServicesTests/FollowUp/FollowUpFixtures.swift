import EventContracts
import FollowUpService

/// What follow-up's tests start from: a certificate certification issued, and the plan it opened.
enum FollowUpFixtures {
    /// A follow-up service that opened the plan of the sample certificate's holder.
    static func planned() async throws -> (ServiceHarness<FollowUpService>, listenerId: String) {
        let harness = try await ServiceHarness(FollowUpService.self)
        try await harness.deliverSample(CertificateIssued.self)
        return (harness, try Samples.payload(CertificateIssued.self).listenerId)
    }
}
