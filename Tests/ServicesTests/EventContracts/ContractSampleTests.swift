import AssessmentService
import CertificationService
import EventContracts
import EnrolmentService
import FollowUpService
import Foundation
import IntakeService
import Messaging
import ServiceKit
import Testing

/// The samples in Shared/EventContracts/Samples are the producers' promises; these tests hold every
/// consumer to them.
@Suite("Contract samples")
struct ContractSampleTests {
    @Test("there is a sample for every event type, and each decodes as its contract", arguments: Samples.contractTypes.map { ContractType($0) })
    func everySampleDecodes(contract: ContractType) throws {
        #expect(ContractSamples.all.contains(contract.eventType))
        let event = try ReceivedEvent(body: ContractSamples.data(for: contract.eventType))
        #expect(event.envelope.type == contract.eventType.fullName)
        #expect(event.envelope.specversion == "1.0")
        try contract.decode(event)
    }

    @Test("every sample file names an event type that has a contract")
    func noOrphanSamples() {
        let known = Set(Samples.contractTypes.map { $0.type })
        #expect(Set(ContractSamples.all) == known)
    }

    @Test("no two samples share an event id: a service that consumes both would take the second for a redelivery")
    func sampleIdsAreDistinct() throws {
        let ids = try ContractSamples.all.map { try ReceivedEvent(body: ContractSamples.data(for: $0)).envelope.id }
        #expect(Set(ids).count == ids.count, "\(Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.keys)")
    }

    @Test("every event type a service consumes has a sample")
    func everyConsumedTypeHasASample() async throws {
        let samples = Set(ContractSamples.all.map(\.routingKey))
        for service in EachService.all {
            let keys = try await service.routingKeys()
            #expect(!keys.isEmpty, "\(service.name) consumes nothing")
            for key in keys { #expect(samples.contains(key), "\(service.name) consumes \(key), which has no sample") }
        }
    }
}

/// A contract type as a test argument.
struct ContractType: Sendable, CustomTestStringConvertible {
    let eventType: EventType
    private let decodeBody: @Sendable (ReceivedEvent) throws -> Void

    init<E: DomainEvent>(_ type: E.Type) {
        eventType = E.type
        decodeBody = { event in _ = try event.payload(as: E.self) }
    }

    func decode(_ event: ReceivedEvent) throws { try decodeBody(event) }
    var testDescription: String { eventType.fullName }
}
