import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A child process started with `posix_spawn` and reaped with `waitpid` on a thread of its own.
/// Foundation's `Process` is not used: on Linux its `waitUntilExit` was seen to hang forever
/// on a child that had already exited (left a zombie) while the broker restarted.
public final class ChildProcess: @unchecked Sendable {
    public let pid: pid_t
    private let exited = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var status: Int32?

    /// Starts `executable` with `arguments`; `environment` is added to this process's own.
    /// Output goes where this process's goes, unless `output` names a file to write it to.
    public init(_ executable: String, _ arguments: [String] = [], environment: [String: String] = [:], output: String? = nil) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if let output {
            posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_APPEND, 0o644)
            posix_spawn_file_actions_adddup2(&actions, 1, 2)
        }
        let merged = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        // The child starts with no signal blocked and each at its default: a spawning thread of
        // the test process may block signals, and a child inheriting that mask never sees SIGTERM.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        var all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var child: pid_t = 0
        let result = posix_spawn(&child, executable, &actions, &attributes, argv, envp)
        guard result == 0 else { throw TestFailure("cannot start \(executable): \(String(cString: strerror(result)))") }
        pid = child
        LiveChildren.add(child)
        let thread = Thread { [self] in
            var raw: Int32 = 0
            while waitpid(pid, &raw, 0) < 0 && errno == EINTR {}
            LiveChildren.remove(pid)
            lock.withLock { status = raw }
            exited.signal()
        }
        thread.start()
    }

    /// Runs a shell command to its end and returns its exit code.
    public static func shell(_ command: String) async throws -> Int32 {
        try await ChildProcess("/bin/sh", ["-c", command]).exitCode()
    }

    public func signal(_ signal: Int32) { kill(pid, signal) }

    /// Waits, without holding a Swift concurrency thread, for the process to exit.
    public func exitCode() async -> Int32 {
        await withCheckedContinuation { continuation in
            Thread { [self] in
                exited.wait()
                exited.signal() // leave it signalled for the next caller
                let raw = lock.withLock { status ?? 0 }
                // WIFEXITED / WEXITSTATUS, which Swift does not import as functions.
                continuation.resume(returning: raw & 0x7f == 0 ? (raw >> 8) & 0xff : 128 + (raw & 0x7f))
            }.start()
        }
    }

    public var isRunning: Bool { lock.withLock { status == nil } }
}

/// The children still running, killed when the test process exits: a test that fails, or ends
/// before its asynchronous stop has run (`defer { Task { await server.stop() } }`), must not
/// leave an SMTP server or a service behind it.
private enum LiveChildren {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var pids: Set<pid_t> = []
    private static let killedAtExit: Void = { atexit { LiveChildren.killAll() } }()

    static func add(_ pid: pid_t) {
        _ = killedAtExit
        lock.withLock { _ = pids.insert(pid) }
    }

    static func remove(_ pid: pid_t) {
        lock.withLock { _ = pids.remove(pid) }
    }

    static func killAll() {
        for pid in lock.withLock({ pids }) { kill(pid, SIGKILL) }
    }
}
