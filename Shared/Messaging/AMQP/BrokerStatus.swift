import Foundation

/// Whether each of a service's broker connections is up, for the readiness endpoint.
public final class BrokerStatus: @unchecked Sendable {
    public struct Link: Sendable, Equatable {
        public var connected: Bool
        public var lastError: String?
    }

    private let lock = NSLock()
    private var links: [String: Link] = [:]

    public init() {}

    func set(_ name: String, connected: Bool, error: String? = nil) {
        lock.withLock { links[name] = Link(connected: connected, lastError: connected ? nil : error) }
    }

    public var snapshot: [String: Link] { lock.withLock { links } }

    public var allConnected: Bool { lock.withLock { !links.isEmpty && links.values.allSatisfy(\.connected) } }
}
