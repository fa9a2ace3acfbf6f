/// How many messages a phase moved and how long it took.
struct PhaseResult {
    var messages: Int
    var duration: Duration
    /// The CPU used over the phase, set by `BusBenchmark.measure`. It spans the phase's
    /// set-up and checks as well, so it is a little more than the timed part alone used.
    var cpu: CPUTime?

    var seconds: Double {
        let (whole, attoseconds) = duration.components
        return Double(whole) + Double(attoseconds) / 1e18
    }

    var rate: Double { Double(messages) / seconds }

    /// Microseconds of CPU per message.
    func perMessage(_ seconds: Double) -> Double { seconds * 1e6 / Double(messages) }
}

/// A phase that could not finish or moved the wrong number of messages: the run fails.
struct BenchFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
