/// The broker objects Qadam uses. The same names are in `deploy/rabbitmq/definitions.json`;
/// declaring them from code as well lets a service start on an empty broker, and declaring
/// them twice is harmless. Delivery limits and dead-lettering are left to the broker's
/// policies (deploy/), so an operator can change them without a release.
public struct Topology: Sendable, Equatable {
    /// The one durable topic exchange every event is published to.
    public var exchange: String
    /// Where the broker dead-letters a message that exceeded its delivery limit.
    public var deadLetterExchange: String
    /// The consuming service, or nil for a service that only publishes.
    public var service: String?
    /// The routing keys the service consumes.
    public var bindings: [String]

    public init(exchange: String = "qadam.events", deadLetterExchange: String = "qadam.dead-letter",
                service: String?, bindings: [String] = []) {
        self.exchange = exchange
        self.deadLetterExchange = deadLetterExchange
        self.service = service
        self.bindings = bindings
    }

    public var queue: String? { service.map { "\($0).events" } }
    public var parkingQueue: String? { service.map { "\($0).parking" } }

    func declareExchanges(on connection: AMQPConnection) throws {
        try connection.declareExchange(exchange, type: "topic")
        try connection.declareExchange(deadLetterExchange, type: "direct")
    }

    func declareQueues(on connection: AMQPConnection) throws {
        guard let queue, let parkingQueue else { return }
        let quorum = [("x-queue-type", "quorum")]
        try connection.declareQueue(queue, arguments: quorum)
        try connection.declareQueue(parkingQueue, arguments: quorum)
        try connection.bind(queue: parkingQueue, exchange: deadLetterExchange, routingKey: queue)
        for key in bindings {
            try connection.bind(queue: queue, exchange: exchange, routingKey: key)
        }
    }

    func declare(on connection: AMQPConnection) throws {
        try declareExchanges(on: connection)
        try declareQueues(on: connection)
    }
}
