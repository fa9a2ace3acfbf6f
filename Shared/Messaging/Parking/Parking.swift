import Foundation

/// A message its consumer gave up on, kept in the service's parking queue with the error, so
/// that an operator can read why and replay it once the cause is fixed.
public struct ParkedMessage: Codable, Sendable, Equatable {
    public var service: String
    public var routingKey: String
    public var messageId: String?
    public var type: String?
    public var error: String
    public var attempts: Int
    public var parkedAt: Date
    /// The original body, untouched.
    public var body: Data

    public static let contentType = "application/vnd.qadam.parked+json"
}

/// Puts failed deliveries into the service's parking queue through the publisher (confirmed).
public struct Parking: Sendable {
    private let topology: Topology
    private let publisher: Publisher

    public init(topology: Topology, publisher: Publisher) {
        self.topology = topology
        self.publisher = publisher
    }

    public func park(_ delivery: Delivery, error: String, attempts: Int) async throws {
        guard let service = topology.service, let queue = topology.queue else { return }
        let parked = ParkedMessage(service: service, routingKey: delivery.routingKey, messageId: delivery.messageId,
                                   type: delivery.type, error: error, attempts: attempts, parkedAt: Date(),
                                   body: delivery.body)
        let message = OutgoingMessage(
            exchange: topology.deadLetterExchange, routingKey: queue, id: delivery.messageId ?? UUID().uuidString,
            type: delivery.type ?? "unknown", appId: service, contentType: ParkedMessage.contentType,
            body: try EventCoding.encoder.encode(parked))
        try await publisher.publish([message])
    }
}
