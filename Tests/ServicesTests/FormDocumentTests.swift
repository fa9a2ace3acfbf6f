import AssessmentService
import CertificationService
import EnrolmentService
import Foundation
import FollowUpService
import Hummingbird
import HummingbirdTesting
import IntakeService
import OpenAPIKit
import ServiceKit
import Testing

/// The document of each operation that takes a JSON body says which of its fields are required;
/// an empty body, sent through the service's router by a role the operation allows, is refused
/// naming every one of them. So a form's checks and its schema are held to each other through
/// the real routes.
@Suite("Forms against their documents")
struct FormDocumentTests {
    @Test(arguments: EachService.all)
    func anEmptyBodyIsRefusedNamingEveryRequiredField(_ service: EachService) async throws {
        try await service.refusesEmptyForms()
    }

    static func check<S: QadamService>(_ service: S.Type) async throws {
        let harness = try await ServiceHarness(S.self)
        for operation in S.api.operations {
            guard let form = operation.form, let role = operation.roles.ordered.first else { continue }
            let required = form.schema.objectContext?.requiredProperties ?? []
            // A form of optional fields only (a plan's changes, an undated grade of a part named
            // by its path) takes an empty body as a request like any other.
            guard !required.isEmpty else { continue }
            // A path parameter takes a value its schema allows (a kind of paper), or an id of nothing.
            let path = operation.path.split(separator: "/").map { segment -> String in
                guard segment.hasPrefix(":") else { return String(segment) }
                let allowed = operation.pathSchemas[String(segment.dropFirst())]?.allowedValues?.first
                return (allowed?.value as? String) ?? "019ad0c4-0000-7000-8000-000000000000"
            }.joined(separator: "/")
            let token = try await harness.token(role, organisation: role == .organisation ? "019ad0c2-0000-7000-8000-000000000001" : nil)
            let answer = try await harness.send(operation.method, "/" + path, [:], token: token)
            let where_ = "\(operation.method) \(operation.path)"
            #expect(answer.status == .unprocessableContent, "\(where_) answered \(answer.status.code) to an empty body")
            let named = Set(try answer.problem().errors?.map(\.field) ?? [])
            for field in required { #expect(named.contains(field), "\(where_) did not name its required \(field)") }
        }
    }
}
