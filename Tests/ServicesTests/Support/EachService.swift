import AssessmentService
import CertificationService
import EnrolmentService
import Foundation
import FollowUpService
import IntakeService
import ServiceKit
import Testing

/// The five services, as the argument of a test run once for each. Each test's check is generic
/// over the service; it is opened here, where the service's type is known, so that the list of
/// services is written once.
struct EachService: Sendable, CustomTestStringConvertible {
    let testDescription: String
    /// The service's name: its queue is `<name>.events`.
    var name: String { testDescription }
    /// The routing keys its event handlers read.
    let routingKeys: @Sendable () async throws -> [String]
    let startsAsProductionStartsIt: @Sendable () async throws -> Void
    let refusesEmptyForms: @Sendable () async throws -> Void
    let documentedRoutes: @Sendable () async throws -> (served: Set<String>, documented: Set<String>, json: Data)

    init<S: QadamService>(_ service: S.Type) {
        testDescription = S.name
        routingKeys = { try await ServiceHarness(S.self).routingKeys }
        startsAsProductionStartsIt = { try await BuildApplicationTests.check(S.self) }
        refusesEmptyForms = { try await FormDocumentTests.check(S.self) }
        documentedRoutes = { try await APIDocumentTests.compare(S.self) }
    }

    static let all = [
        EachService(IntakeService.self), EachService(EnrolmentService.self), EachService(AssessmentService.self),
        EachService(CertificationService.self), EachService(FollowUpService.self),
    ]
}
