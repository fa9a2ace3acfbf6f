import Foundation

/// The whole machine's CPU time from `/proc/stat`, in clock ticks, for how busy the machine was
/// over a phase and how much of it the host took (steal): a latency measured on a machine with
/// no idle core left says as much about the machine as about what it measured.
struct MachineCPU {
    var total: Double
    var idle: Double
    var stolen: Double

    /// Nil where there is no `/proc/stat`.
    static func now() -> MachineCPU? {
        guard let stat = try? String(contentsOfFile: "/proc/stat", encoding: .utf8),
              let line = stat.split(separator: "\n").first(where: { $0.hasPrefix("cpu ") }) else { return nil }
        // user nice system idle iowait irq softirq steal (guest time is counted in user's).
        let fields = line.split(separator: " ").dropFirst().prefix(8).compactMap { Double($0) }
        guard fields.count == 8 else { return nil }
        return MachineCPU(total: fields.reduce(0, +), idle: fields[3] + fields[4], stolen: fields[7])
    }

    /// Over the time from `before` to `self`: the share of the cores busy, and the share the host stole.
    func since(_ before: MachineCPU) -> (busy: Double, stolen: Double) {
        let total = max(1, self.total - before.total)
        return (1 - (idle - before.idle) / total, (stolen - before.stolen) / total)
    }
}
