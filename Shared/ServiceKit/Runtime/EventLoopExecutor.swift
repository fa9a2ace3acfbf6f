import NIOCore
import NIOPosix

/// Runs Swift Concurrency's jobs on SwiftNIO's event loops (the singleton group, which
/// Hummingbird's server reads and writes on), instead of on a pool of threads of their own.
///
/// Why: otherwise every request crosses threads twice. The event loop reads it and hands it to
/// a task on the concurrency pool; the task's answer is handed back to the event loop to write.
/// Each crossing wakes a thread that may be asleep on the other core, and on these virtual
/// machines a sleeping core is woken through the host: at a steady half of a route's peak rate,
/// the wake-ups are most of a request's latency. With the loops as the executor, a request is
/// read, answered and written on one thread. A bare route paced at 6,800 requests a second, in
/// alternating rounds: the median p90 and p99 about halved, the p50 fell by a fifth to a third,
/// and at full speed the rate was the same (docs/performance.md, "Tasks on the event loops").
///
/// What it asks of the code: a task must not block its thread, since it now holds an event loop
/// and its connections. Ours do not: SQLite is reached through GRDB's own threads (and the
/// certificate's rendering runs inside a write, on GRDB's writer), the broker through each
/// connection's owner thread, mail through the relay's thread. Vapor's own template makes the
/// same choice.
public enum EventLoopExecutor {
    /// Call once, first thing in `main`, before any task has started. Returns false where the
    /// runtime offers no way in (the jobs then stay on the concurrency pool, as before).
    @discardableResult
    public static func takeOver() -> Bool {
        NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
    }
}
