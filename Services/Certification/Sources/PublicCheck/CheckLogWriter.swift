import Foundation
import GRDB
import Logging
import ServiceLifecycle
#if canImport(Glibc)
import Glibc
#endif

extension CheckLog {
    /// Writes the log every `interval`, and once more when the service stops, on a thread of
    /// its own that runs at a lower priority than the threads answering requests.
    ///
    /// Why a thread of its own: under load each batch is a burst of SQLite work (10–16 µs an
    /// entry; 6,000 checks a second at half the peak in `scripts/bench certificates`). Run on
    /// GRDB's writer queue, it ran on libdispatch's worker threads, which Linux's libdispatch
    /// starts at `nice` −2 to −4: above the event loops answering checks, so on a two-core
    /// machine each batch took its core from them at once. On this thread, at `niceness` 10,
    /// it yields to them instead: the check's p99 at half its peak went from a median of 17.8 ms
    /// to 10.2 ms in alternating rounds, its p90 from 6.1 to 3.8 ms (docs/performance.md). The
    /// batch is still one transaction on the service's writer (`flush` runs it on the calling
    /// thread), so it takes no other lock; a write that waits behind it (an event in, a
    /// certificate issued) waits as long as a batch takes, longer on a machine so busy that
    /// this thread gets little of it. Short batches keep that short: a fifth of a second's entries put the p99 at
    /// 12–250 ms, 25 ms's at 9.8–24 (docs/performance.md).
    struct Writer: Service {
        let log: CheckLog
        let database: any DatabaseWriter
        let logger: Logger
        var interval: Duration = .milliseconds(25)
        /// How much lower than the service's other threads (the `nice` value it adds): enough
        /// that a thread answering a request preempts it, not so much that it starves while
        /// the machine is busy, since it must keep up with the checks (at a tenth of a core).
        static let niceness: Int32 = 10

        func run() async throws {
            let thread = FlushThread(writer: self)
            // Until the service is told to stop (or its task is cancelled), then the last batch.
            try? await gracefulShutdown()
            await thread.stop()
        }

        fileprivate func flush() {
            do { try log.flush(to: database) } catch {
                logger.error("public check log not written", metadata: ["error": "\(error)"])
            }
        }
    }

    /// The writer's thread: flushes, waits `interval` (or until told to stop), and flushes once
    /// more on its way out.
    private final class FlushThread: @unchecked Sendable {
        // Guarded by `condition`.
        private let condition = NSCondition()
        private var stopping = false
        private var finished: CheckedContinuation<Void, Never>?
        private var done = false

        init(writer: Writer) {
            let thread = Thread { [self] in
                // Named from inside: set before `start`, the name stays Foundation's and never
                // reaches the kernel, so `top -H` and `ps -L` would show the creator's.
                Thread.current.name = "check-log"
                Self.lowerPriority(by: Writer.niceness)
                let pause = Double(writer.interval.components.attoseconds) / 1e18 + Double(writer.interval.components.seconds)
                while !waitOrStop(pause) { writer.flush() }
                writer.flush()
                end()
            }
            thread.start()
        }

        /// Waits `seconds`; true once the writer is to stop.
        private func waitOrStop(_ seconds: Double) -> Bool {
            condition.lock()
            defer { condition.unlock() }
            if !stopping { _ = condition.wait(until: Date(timeIntervalSinceNow: seconds)) }
            return stopping
        }

        private func end() {
            condition.lock()
            done = true
            let waiting = finished
            condition.unlock()
            waiting?.resume()
        }

        /// Tells the thread to stop, and returns once it has written the last batch.
        func stop() async {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                condition.lock()
                stopping = true
                condition.signal()
                if done {
                    condition.unlock()
                    continuation.resume()
                } else {
                    finished = continuation
                    condition.unlock()
                }
            }
        }

        /// Linux keeps a `nice` value per thread, and `setpriority` on process 0 sets the
        /// calling thread's: raising it lowers this thread alone, relative to however the
        /// service was started. Lowering a priority needs no privilege; should it fail, the
        /// thread runs as the others do.
        private static func lowerPriority(by niceness: Int32) {
            #if os(Linux)
            let which = __priority_which_t(PRIO_PROCESS.rawValue)
            _ = setpriority(which, 0, getpriority(which, 0) + niceness)
            #endif
        }
    }
}
