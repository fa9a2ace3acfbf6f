import AssessmentService
import CertificationService
import EnrolmentService
import Foundation
import FollowUpService
import IntakeService
import Messaging
import ServiceKit
import TestSupport
import Testing

/// The broker's definitions bind each service's queue to every event it reads. A service binds
/// its own queue when it connects, but an event published before the consumer first connected
/// (on a fresh broker, or just after an upgrade that reads a new event) would reach no queue
/// and be dropped; bound in the definitions the broker loads, it waits in the queue instead.
@Suite struct BrokerDefinitionsTests {
    @Test(arguments: [
        Consumer(IntakeService.self), Consumer(EnrolmentService.self), Consumer(AssessmentService.self),
        Consumer(CertificationService.self), Consumer(FollowUpService.self),
    ])
    func theDefinitionsBindWhatTheHandlersRead(_ consumer: Consumer) async throws {
        let read = try await consumer.routingKeys()
        let bound = try Self.boundKeys(queue: "\(consumer.name).events")
        #expect(bound == read)
    }

    @Test("no binding leads to a queue no service reads")
    func noStrayBindings() throws {
        let services = [IntakeService.name, EnrolmentService.name, AssessmentService.name, CertificationService.name, FollowUpService.name]
        let queues = Set(try Self.bindings().filter { $0.source == "qadam.events" }.map(\.destination))
        #expect(queues.isSubset(of: Set(services.map { "\($0).events" })))
    }

    struct Binding: Decodable {
        var source: String
        var destination: String
        var routing_key: String
    }

    static func bindings() throws -> [Binding] {
        struct Definitions: Decodable { var bindings: [Binding] }
        let url = RepositoryPaths.root.appendingPathComponent("deploy/rabbitmq/definitions.json")
        return try JSONDecoder().decode(Definitions.self, from: Data(contentsOf: url)).bindings
    }

    static func boundKeys(queue: String) throws -> [String] {
        try bindings().filter { $0.source == "qadam.events" && $0.destination == queue }.map(\.routing_key).sorted()
    }
}

/// A service type, carried as a test argument, with the routing keys its handlers read.
struct Consumer: Sendable, CustomTestStringConvertible {
    let name: String
    let routingKeys: @Sendable () async throws -> [String]

    init<S: QadamService>(_ service: S.Type) {
        name = S.name
        routingKeys = {
            let harness = try await ServiceHarness(S.self)
            return S.eventHandlers(harness.environment).routingKeys
        }
    }

    var testDescription: String { name }
}
