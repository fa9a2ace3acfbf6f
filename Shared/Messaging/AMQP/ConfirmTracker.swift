/// Which of a contiguous range of publishes the broker has confirmed or refused. Acks may
/// cover many tags at once (`multiple`), so settling is by range, not one by one.
struct ConfirmTracker {
    private let first: UInt64
    private var settled: [Bool]
    private var lowestUnsettled: Int = 0
    private(set) var outstanding: Int
    private(set) var refused: Set<UInt64> = []

    init(tags: ClosedRange<UInt64>) {
        first = tags.lowerBound
        settled = Array(repeating: false, count: tags.count)
        outstanding = tags.count
    }

    var isComplete: Bool { outstanding == 0 }

    mutating func settle(_ tag: UInt64, multiple: Bool, refused isRefused: Bool) {
        guard tag >= first else { return }
        let upper = min(Int(tag - first), settled.count - 1)
        let lower = multiple ? lowestUnsettled : upper
        guard lower <= upper else { return }
        for index in lower...upper where !settled[index] {
            settled[index] = true
            outstanding -= 1
            if isRefused { refused.insert(first + UInt64(index)) }
        }
        while lowestUnsettled < settled.count && settled[lowestUnsettled] { lowestUnsettled += 1 }
    }
}
