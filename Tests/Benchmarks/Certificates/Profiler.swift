import Foundation
import TestSupport

/// `perf record` of this process, the service in it, while a phase runs: where a certificate's
/// or a request's time goes. Off unless `QADAM_BENCH_PERF` names a folder; the recording takes
/// CPU from what it records, so a profiled run's figures are not a plain run's.
///
/// perf follows the threads the process starts while it records, and so also the processes it
/// starts (wrk, PHP): FOLDER/NAME.pid holds the pid recorded, to keep to it,
/// `perf report -i FOLDER/check.perf.data --pid $(cat FOLDER/check.pid) --no-children`.
struct Profiler {
    var folder: String? = ProcessInfo.processInfo.environment["QADAM_BENCH_PERF"]

    /// Runs `phase`, recorded as FOLDER/NAME.perf.data when profiling: this process, or `pid`.
    func recording<T>(_ name: String, pid: pid_t = getpid(), _ phase: () async throws -> T) async throws -> T {
        guard let folder else { return try await phase() }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        // Call graphs by frame pointers, which Swift's release code keeps: far cheaper than DWARF
        // unwinding. Debian's C libraries (SQLite, cairo, pango) keep none, so a stack seen
        // inside one of them ends there: its callers show as the library alone.
        try "\(pid)\n".write(toFile: "\(folder)/\(name).pid", atomically: true, encoding: .utf8)
        let perf = try ChildProcess("/usr/bin/perf", [
            "record", "-q", "-F", "999", "-g", "-p", "\(pid)", "-o", "\(folder)/\(name).perf.data",
        ], output: "\(folder)/\(name).perf.out")
        try await Task.sleep(for: .milliseconds(500)) // attaching
        let result: Result<T, any Error>
        do { result = .success(try await phase()) } catch { result = .failure(error) }
        // perf stops on SIGINT, and exits once it has written what it recorded.
        perf.signal(SIGINT)
        _ = await perf.exitCode()
        return try result.get()
    }
}
