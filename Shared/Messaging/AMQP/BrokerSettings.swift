import Foundation

/// Where the broker is and how to talk to it, read from an `amqp://user:pass@host:port/vhost` URL.
public struct BrokerSettings: Sendable, Equatable {
    public var host: String
    public var port: Int
    public var user: String
    public var password: String
    public var virtualHost: String
    /// Seconds between heartbeats; a dead TCP peer is noticed within two of them.
    public var heartbeat: Int = 15
    /// Unacknowledged deliveries the broker may push ahead of the consumer. The inbox holds
    /// a batch being read and one being committed before it acknowledges either, so a window
    /// of three full batches (`Consumer.maxBatch`) keeps the broker sending meanwhile. Each
    /// service is one process with one consumer, so a wide window starves no other consumer;
    /// it costs memory (a few hundred bytes an event) and, after a crash, redeliveries that
    /// the inbox skips. With 1,000 and batches of 256 the inbox handled about 14% fewer
    /// events a second (`scripts/bench bus`).
    public var prefetch: Int = 3000

    public init(url: String) throws {
        guard let components = URLComponents(string: url), components.scheme == "amqp",
              let host = components.host, !host.isEmpty else {
            throw AMQPError("not an amqp:// URL: \(url)")
        }
        self.host = host
        self.port = components.port ?? 5672
        self.user = components.user ?? "guest"
        self.password = components.password ?? "guest"
        let path = components.percentEncodedPath.dropFirst()
        self.virtualHost = path.isEmpty ? "/" : (String(path).removingPercentEncoding ?? String(path))
    }

    /// The URL without its password, for logs and readiness reports.
    public var redacted: String { "amqp://\(user)@\(host):\(port)/\(virtualHost == "/" ? "" : virtualHost)" }
}
