/// The name and version of an event, as carried in the CloudEvents `type` attribute.
///
/// `qadam.enrolment.listener.dismissed.v1` is the producer `enrolment`, the subject
/// `listener`, the fact `dismissed`, version 1. The routing key on the exchange is the type
/// without the `qadam.` prefix and the version, so that consumers bind to a fact and receive
/// every version of it that is published beside the others during a migration.
public struct EventType: Hashable, Sendable, CustomStringConvertible {
    public let routingKey: String
    public let version: Int

    public init(_ routingKey: String, version: Int) {
        self.routingKey = routingKey
        self.version = version
    }

    /// Parses a full type such as `qadam.intake.candidate.accepted.v1`.
    public init?(fullName: String) {
        let parts = fullName.split(separator: ".")
        guard parts.count >= 3, parts.first == "qadam", let last = parts.last,
              last.first == "v", let version = Int(last.dropFirst()) else { return nil }
        self.init(parts.dropFirst().dropLast().joined(separator: "."), version: version)
    }

    public var fullName: String { "qadam.\(routingKey).v\(version)" }
    public var description: String { fullName }
}

/// A payload that a service publishes. Each producer's events live in one file of this module.
public protocol DomainEvent: Codable, Sendable {
    static var type: EventType { get }
    /// The CloudEvents `subject`: the entity the fact is about.
    var subject: String { get }
}
