import AssessmentService
import CertificationService
import EnrolmentService
import Foundation
import FollowUpService
import GRDB
import Hummingbird
import IntakeService
import Logging
import Messaging
import ServiceKit
import Storage
import TestSupport
import Testing

/// Each service's OpenAPI document describes exactly the routes its router serves: a route
/// added without its description, or a description left behind, fails here.
@Suite struct APIDocumentTests {
    @Test(arguments: EachService.all)
    func theDocumentListsEveryRouteAndNoOther(_ service: EachService) async throws {
        let (served, documented, json) = try await service.documentedRoutes()
        #expect(served == documented)
        let document = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        #expect((document["openapi"] as? String)?.hasPrefix("3.1.") == true)
        let components = try #require(document["components"] as? [String: Any])
        let schemas = try #require(components["schemas"] as? [String: Any])
        // Every reference points at a schema the document defines.
        let text = String(decoding: json, as: UTF8.self)
        let references = text.matches(of: /#\/components\/schemas\/([A-Za-z]+)/).map { String($0.output.1) }
        #expect(!references.isEmpty)
        for name in Set(references) { #expect(schemas[name] != nil, "\(name) is referenced but not defined") }
    }

    /// The routes the service's router serves, those its document describes, and the document.
    static func compare<S: QadamService>(_ service: S.Type) async throws -> (served: Set<String>, documented: Set<String>, json: Data) {
        let directory = try TemporaryDirectory()
        // Everything a service makes beside its database (certification's signing key) goes to the temporary folder too.
        let settings = ServiceSettings(service: S.name, defaultPort: S.defaultPort,
                                       environment: ["DATABASE_PATH": directory.path("api.sqlite")])
        let database = try ServiceDatabase.open(path: settings.databasePath, migrator: S.migrator())
        let environment = ServiceEnvironment(settings: settings, database: database, outbox: Outbox(service: S.name),
                                             logger: Logger(label: "test"))
        let router = try buildRouter(S.self, environment: environment,
                                     authority: try await TokenAuthority(secret: settings.authSecret), broker: BrokerStatus())
        let served = Set(router.routes.map { "\($0.method) \($0.path)" })
        let documented = Set(S.api.allOperations.map { "\($0.method) \($0.templatedPath)" })
        return (served, documented, try S.api.encoded())
    }
}
