import Foundation
import Logging
#if canImport(Glibc)
import Glibc
#endif

/// The one thread that owns a broker connection. rabbitmq-c is not thread-safe, so every call
/// on the connection happens here; async code hands work in with `perform` and is resumed with
/// the result. Between jobs the thread sleeps in `poll` on the socket and on a wake-up pipe,
/// reading what arrives (deliveries, confirms, heartbeats). When the connection fails it is
/// dropped, and a new one is opened with backoff and set up again (`onConnect` re-declares the
/// topology and resumes consuming), until `stop` is called.
final class ConnectionOwner: @unchecked Sendable {
    /// Called on the owner thread after each (re)connect, before any job runs.
    typealias Setup = (AMQPConnection) throws -> Void
    /// Called on the owner thread when input may have arrived, with the connection's number.
    typealias Reader = (AMQPConnection, Int) throws -> Void

    let name: String
    let status: BrokerStatus
    private let settings: BrokerSettings
    private let logger: Logger
    private let setup: Setup
    private let reader: Reader

    // Guarded by `lock`: the hand-over between callers and the owner thread.
    private let lock = NSLock()
    private var jobs: [(AMQPConnection?) -> Void] = []
    private var stopping = false
    private var started = false

    // Touched only on the owner thread.
    private var connection: AMQPConnection?
    private var generation = 0
    /// The current connection's number. Read it only from a job, on the owner thread.
    var generationOnOwnerThread: Int { generation }
    private var backoff = Backoff(initial: 0.1, maximum: 5)

    private let wakeRead: Int32
    private let wakeWrite: Int32
    private let finished = DispatchSemaphore(value: 0)

    init(name: String, settings: BrokerSettings, logger: Logger, status: BrokerStatus,
         setup: @escaping Setup, reader: @escaping Reader) {
        self.name = name
        self.settings = settings
        self.logger = logger
        self.status = status
        self.setup = setup
        self.reader = reader
        var fds: [Int32] = [0, 0]
        precondition(pipe(&fds) == 0, "cannot create a pipe")
        wakeRead = fds[0]
        wakeWrite = fds[1]
        _ = fcntl(wakeRead, F_SETFL, fcntl(wakeRead, F_GETFL) | O_NONBLOCK)
        _ = fcntl(wakeWrite, F_SETFL, fcntl(wakeWrite, F_GETFL) | O_NONBLOCK)
    }

    deinit {
        close(wakeRead)
        close(wakeWrite)
    }

    func start() {
        lock.withLock {
            guard !started else { return }
            started = true
            let thread = Thread { [self] in
                // Named from inside: set before `start`, the name never reaches the kernel, and
                // `top -H` and `ps -L` would show the creator's (an event loop's).
                Thread.current.name = "amqp-\(name)"
                loop()
            }
            thread.start()
        }
    }

    /// Stops the thread after the jobs already handed in, closing the connection cleanly so the
    /// broker requeues whatever was delivered and not acknowledged.
    func stop() {
        let wasRunning = lock.withLock { () -> Bool in
            defer { stopping = true }
            return started && !stopping
        }
        guard wasRunning else { return }
        wake()
        finished.wait()
    }

    /// Runs `body` on the owner thread with the live connection. Throws `notConnected` at once
    /// while the broker is unreachable, so that callers (the outbox relay) back off and retry.
    func perform<T: Sendable>(_ body: @escaping @Sendable (AMQPConnection, Int) throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            enqueue { [self] connection in
                guard let connection else {
                    continuation.resume(throwing: AMQPError("\(name): not connected to the broker"))
                    return
                }
                do {
                    continuation.resume(returning: try body(connection, generation))
                } catch {
                    continuation.resume(throwing: error)
                    drop(because: error)
                }
            }
        }
    }

    /// Hands in work that needs no answer, such as an ack.
    func enqueue(_ job: @escaping (AMQPConnection?) -> Void) {
        let accepted = lock.withLock { () -> Bool in
            guard !stopping else { return false }
            jobs.append(job)
            return true
        }
        if accepted { wake() } else { job(nil) }
    }

    /// For tests of crash recovery: forget the connection without closing it, as a killed
    /// process would, so the broker requeues its unacknowledged deliveries.
    func abandonConnection() {
        enqueue { [self] _ in
            connection?.abandon()
            connection = nil
            status.set(name, connected: false)
        }
    }

    // MARK: The owner thread

    private func loop() {
        while !lock.withLock({ stopping }) {
            if connection == nil { connect() }
            runJobs()
            guard let connection else { continue }
            do {
                if !connection.hasBufferedInput {
                    _ = waitForInput(socket: connection.socket, timeout: 1000)
                }
                // Read even after a quiet second: it lets rabbitmq-c send a heartbeat that is due.
                try reader(connection, generation)
            } catch {
                drop(because: error)
            }
        }
        runJobs()
        connection = nil
        status.set(name, connected: false)
        finished.signal()
    }

    private func connect() {
        do {
            let fresh = try AMQPConnection(settings: settings)
            try setup(fresh)
            connection = fresh
            generation += 1
            backoff.reset()
            status.set(name, connected: true)
            logger.info("connected to the broker", metadata: ["connection": "\(name)", "broker": "\(settings.redacted)"])
        } catch {
            status.set(name, connected: false, error: "\(error)")
            let delay = backoff.next()
            logger.warning("broker unreachable, retrying", metadata: [
                "connection": "\(name)", "error": "\(error)", "retry-in": "\(String(format: "%.1f", delay))s",
            ])
            // Wait out the whole delay, but answer jobs meanwhile (with "not connected"):
            // callers must not hang while the broker is away, nor make us retry early.
            let deadline = Date().addingTimeInterval(delay)
            while !lock.withLock({ stopping }), deadline.timeIntervalSinceNow > 0 {
                _ = waitForInput(socket: nil, timeout: Int32(deadline.timeIntervalSinceNow * 1000) + 1)
                runJobs()
            }
        }
    }

    private func drop(because error: Error) {
        guard connection != nil else { return }
        logger.warning("broker connection lost", metadata: ["connection": "\(name)", "error": "\(error)"])
        connection?.abandon()
        connection = nil
        status.set(name, connected: false, error: "\(error)")
    }

    private func runJobs() {
        let pending = lock.withLock { () -> [(AMQPConnection?) -> Void] in
            defer { jobs.removeAll(keepingCapacity: true) }
            return jobs
        }
        for job in pending { job(connection) }
    }

    private func wake() {
        var byte: UInt8 = 1
        _ = write(wakeWrite, &byte, 1)
    }

    /// Sleeps until the socket has input, the pipe is written, or the timeout (ms) passes.
    /// Returns whether the socket is readable.
    private func waitForInput(socket: Int32?, timeout: Int32) -> Bool {
        var fds = [pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0)]
        if let socket { fds.append(pollfd(fd: socket, events: Int16(POLLIN), revents: 0)) }
        let ready = poll(&fds, nfds_t(fds.count), timeout)
        if ready > 0 && fds[0].revents != 0 {
            var buffer = [UInt8](repeating: 0, count: 64)
            while read(wakeRead, &buffer, buffer.count) > 0 {}
        }
        return ready > 0 && fds.count > 1 && fds[1].revents != 0
    }
}
