/// Exponential backoff with jitter, so that five services do not reconnect in lock-step.
public struct Backoff: Sendable {
    private let initial: Double
    private let maximum: Double
    private var current: Double

    public init(initial: Double, maximum: Double) {
        self.initial = initial
        self.maximum = maximum
        self.current = initial
    }

    public mutating func next() -> Double {
        let delay = current * Double.random(in: 0.8...1.2)
        current = min(current * 2, maximum)
        return delay
    }

    public mutating func reset() { current = initial }
}
