import Foundation

/// CPU time, user and system, of this process and, if the script named it, of the broker.
///
/// Why: the client and the broker share the machine's two cores, so a consuming phase's
/// rate is set by how much CPU per message each of them needs. The raw consumer needs a few
/// microseconds a message and the broker four or five times that; whatever the inbox needs
/// beyond the raw consumer is taken from the broker. These figures show that split, which
/// the rates alone hide.
struct CPUTime {
    var client: Double
    var broker: Double?

    /// `QADAM_BENCH_BROKER_PID`, which `scripts/bench` sets, names the broker's process.
    static let brokerPID = ProcessInfo.processInfo.environment["QADAM_BENCH_BROKER_PID"].flatMap(Int32.init)

    static func now() -> CPUTime {
        CPUTime(client: ownSeconds(), broker: brokerPID.flatMap(seconds(ofProcess:)))
    }

    static func - (after: CPUTime, before: CPUTime) -> CPUTime {
        CPUTime(client: after.client - before.client,
                broker: after.broker.flatMap { later in before.broker.map { later - $0 } })
    }

    /// This process's CPU, user and system, in seconds.
    static func ownSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// utime and stime from `/proc/PID/stat`, in seconds; nil if the process is gone.
    static func seconds(ofProcess pid: Int32) -> Double? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let afterName = stat.lastIndex(of: ")") else { return nil }
        // The fields after the command's name, which may itself hold spaces: state is the
        // 3rd field of the line, utime the 14th and stime the 15th.
        let fields = stat[stat.index(after: afterName)...].split(separator: " ")
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }
}
