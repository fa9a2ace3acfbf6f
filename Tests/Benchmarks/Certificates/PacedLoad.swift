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
/// percentiles ("coordinated omission"). The pacer's own lateness in waking up counts too, so
/// the figures err, if at all, on the slow side.
///
/// As wrk2 does, two threads each wait on their half of the connections (`select`, its
/// timeout the next request due, to the microsecond). A thread a connection, asleep between requests,
/// was the first design: on two cores its 32 threads' wake-ups put tens of milliseconds into
/// the p99 of a route that does nothing. The pacer shares those cores with the service it
/// measures, so it prints the CPU it took a request (`generator_cpu_us`): whatever it spends
/// is taken from the service, and shows in the tail it measures.
struct PacedLoad {
    var port: UInt16
    var path: String
    var rate: Double
    var seconds: Double
    var connections: Int
    var threads = 2

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
        for thread in 0..<threads {
            let firsts = stride(from: thread, to: connections, by: threads).map { start + interval * Double($0) / Double(connections) }
            done.enter()
            Thread { [self] in
                parts.add(drive(request, firsts: firsts, interval: interval, until: end))
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
                               percentiles: (percentile(0.5), percentile(0.9), percentile(0.99), latencies.last! * 1e6),
                               generatorCPU: CPUTime.ownSeconds()))
    }

    /// A connection, its schedule, and whether its request is out.
    private struct Slot {
        var connection: HTTPConnection?
        var due: Double
        var waiting = false
    }

    /// Some connections' schedules, from each one's first moment every `interval` until `end`:
    /// send what is due, then wait for answers or the next moment due, whichever comes first.
    /// Nothing is allocated in the loop: a pass over the slots sends what is due, finds the
    /// next moment due and fills `select`'s set, and a second reads what has come.
    private func drive(_ request: [UInt8], firsts: [Double], interval: Double, until end: Double) -> Part {
        var part = Part()
        part.latencies.reserveCapacity(Int(rate * seconds * 1.1) / threads + 1)
        var slots = firsts.map { Slot(connection: try? HTTPConnection(port: port), due: $0) }
        func failed(_ index: Int) {
            part.errors += 1
            slots[index].connection = nil
            slots[index].waiting = false
            slots[index].due += interval
        }
        while true {
            let now = Monotonic.now
            var readable = DescriptorSet()
            var highest: Int32 = -1, nextDue = Double.infinity
            for index in slots.indices {
                if !slots[index].waiting && slots[index].due < end && slots[index].due <= now {
                    do {
                        if slots[index].connection == nil { slots[index].connection = try HTTPConnection(port: port) }
                        try slots[index].connection!.send(request)
                        slots[index].waiting = true
                    } catch {
                        failed(index)
                    }
                }
                if slots[index].waiting, let socket = slots[index].connection?.socket {
                    readable.insert(socket)
                    highest = max(highest, socket)
                } else if slots[index].due < end {
                    nextDue = min(nextDue, slots[index].due)
                }
            }
            if highest < 0 && nextDue == .infinity { break }

            let wait = nextDue == .infinity ? 1 : max(0, nextDue - Monotonic.now)
            var timeout = timeval(tv_sec: Int(wait), tv_usec: Int((wait - wait.rounded(.down)) * 1e6))
            guard select(highest + 1, &readable.raw, nil, nil, &timeout) > 0 else { continue }
            for index in slots.indices where slots[index].waiting {
                guard let connection = slots[index].connection, readable.contains(connection.socket) else { continue }
                do {
                    guard let status = try connection.receive() else { continue }
                    let answered = Monotonic.now
                    if status >= 400 { part.httpErrors += 1 }
                    part.latencies.append(answered - slots[index].due)
                    part.finished = answered
                    slots[index].waiting = false
                    slots[index].due += interval
                } catch {
                    failed(index)
                }
            }
        }
        return part
    }

    /// `select`'s set of descriptors, by hand: its macros (`FD_SET`, `FD_ISSET`) do not reach Swift.
    struct DescriptorSet {
        var raw = fd_set()
        private static let bits = MemoryLayout<Int>.size * 8

        mutating func insert(_ descriptor: Int32) {
            withUnsafeMutableBytes(of: &raw) { $0.bindMemory(to: Int.self)[Int(descriptor) / Self.bits] |= 1 << (Int(descriptor) % Self.bits) }
        }

        func contains(_ descriptor: Int32) -> Bool {
            withUnsafeBytes(of: raw) { $0.bindMemory(to: Int.self)[Int(descriptor) / Self.bits] & (1 << (Int(descriptor) % Self.bits)) != 0 }
        }
    }

    /// What one thread's connections saw: latencies in seconds.
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
