import Foundation

/// `qadam-bench pace http://127.0.0.1:PORT/PATH RATE SECONDS CONNECTIONS`: load at a fixed
/// rate, for the latency at a rate of our choosing, which wrk cannot hold (Debian has no
/// wrk2). Run as a process of its own, so that it shares no threads with the service.
///
/// wrk2's model: each connection keeps a schedule of its own, a request every CONNECTIONS /
/// RATE seconds, the connections' schedules staggered evenly. A request's latency runs from
/// when its schedule said to send it, not from when it went out: when the server stalls, the
/// requests that fall due meanwhile count the wait they would have had. A closed-loop tool
/// such as wrk simply sends fewer requests during a stall, and leaves that wait out of its
/// percentiles ("coordinated omission"). The thread's own lateness in waking up counts too, so
/// the figures err, if at all, on the slow side.
struct PacedLoad {
    var port: UInt16
    var path: String
    var rate: Double
    var seconds: Double
    var connections: Int

    init(arguments: [String]) throws {
        guard arguments.count == 4, let url = URLComponents(string: arguments[0]), url.scheme == "http",
              url.host == "127.0.0.1", let port = url.port.flatMap(UInt16.init(exactly:)),
              let rate = Double(arguments[1]), rate > 0, let seconds = Double(arguments[2]), seconds > 0,
              let connections = Int(arguments[3]), connections > 0 else {
            throw BenchFailure("usage: qadam-bench pace http://127.0.0.1:PORT/PATH RATE SECONDS CONNECTIONS")
        }
        (self.port, self.rate, self.seconds, self.connections) = (port, rate, seconds, connections)
        path = (url.path.isEmpty ? "/" : url.path) + (url.query.map { "?" + $0 } ?? "")
    }

    /// Prints one `paced-figures` line (`LoadFigures`).
    func run() throws {
        let interval = Double(connections) / rate
        // Every connection is open before the first request falls due.
        let start = Monotonic.now + 0.2
        let end = start + seconds
        let request = Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\r\n".utf8)
        let parts = Parts()
        let done = DispatchGroup()
        for index in 0..<connections {
            done.enter()
            let first = start + interval * Double(index) / Double(connections)
            Thread { [self] in
                parts.add(drive(request, first: first, interval: interval, until: end))
                done.leave()
            }.start()
        }
        done.wait()

        let all = parts.merged
        let latencies = all.latencies.sorted()
        guard !latencies.isEmpty else { throw BenchFailure("no request was answered") }
        func percentile(_ share: Double) -> Double {
            latencies[min(latencies.count - 1, max(0, Int((share * Double(latencies.count)).rounded(.up)) - 1))] * 1e6
        }
        print(LoadFigures.line(prefix: "paced-figures", requests: latencies.count, microseconds: (all.finished - start) * 1e6,
                               errors: all.errors, httpErrors: all.httpErrors,
                               percentiles: (percentile(0.5), percentile(0.9), percentile(0.99), latencies.last! * 1e6)))
    }

    /// One connection's schedule, from `first` every `interval` until `end`.
    private func drive(_ request: [UInt8], first: Double, interval: Double, until end: Double) -> Part {
        var part = Part()
        var connection = try? HTTPConnection(port: port)
        var due = first
        while due < end {
            Monotonic.sleep(until: due)
            do {
                if connection == nil { connection = try HTTPConnection(port: port) }
                let status = try connection!.get(request)
                if status >= 400 { part.httpErrors += 1 }
                part.latencies.append(Monotonic.now - due)
            } catch {
                part.errors += 1
                connection = nil
            }
            part.finished = Monotonic.now
            due += interval
        }
        return part
    }

    /// What one connection saw: latencies in seconds.
    struct Part {
        var latencies: [Double] = []
        var errors = 0
        var httpErrors = 0
        var finished = 0.0
    }

    final class Parts: @unchecked Sendable {
        private let lock = NSLock()
        private var parts: [Part] = []

        func add(_ part: Part) { lock.withLock { parts.append(part) } }

        var merged: Part {
            lock.withLock {
                Part(latencies: parts.flatMap(\.latencies), errors: parts.map(\.errors).reduce(0, +),
                     httpErrors: parts.map(\.httpErrors).reduce(0, +), finished: parts.map(\.finished).max() ?? 0)
            }
        }
    }
}
