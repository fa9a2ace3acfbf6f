import Foundation
import Messaging
import ServiceKit
import TestSupport
import Testing

/// The broker's definitions bind each service's queue to every event it reads. A service binds
/// its own queue when it connects, but an event published before the consumer first connected
/// (on a fresh broker, or just after an upgrade that reads a new event) would reach no queue
/// and be dropped; bound in the definitions the broker loads, it waits in the queue instead.
@Suite struct BrokerDefinitionsTests {
    @Test(arguments: EachService.all)
    func theDefinitionsBindWhatTheHandlersRead(_ service: EachService) async throws {
        let read = try await service.routingKeys()
        let bound = try Self.boundKeys(queue: "\(service.name).events")
        #expect(bound == read)
    }

    @Test("no binding leads to a queue no service reads")
    func noStrayBindings() throws {
        let queues = Set(try Self.bindings().filter { $0.source == "qadam.events" }.map(\.destination))
        #expect(queues.isSubset(of: Set(EachService.all.map { "\($0.name).events" })))
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
