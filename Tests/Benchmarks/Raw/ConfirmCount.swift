/// Counts the publishes the broker has confirmed or refused. An ack may cover every earlier
/// tag at once (`multiple`), and single acks may come out of order, so each tag is tracked.
struct ConfirmCount {
    private var settled: [Bool]
    /// Every tag below this one (counting from 1) is settled.
    private var lowestUnsettled: UInt64 = 1
    private(set) var confirmed = 0
    private(set) var refused = 0

    init(capacity: Int) { settled = Array(repeating: false, count: capacity + 1) }

    var settledCount: Int { confirmed + refused }

    mutating func settle(tag: UInt64, multiple: Bool, refused isRefused: Bool) {
        guard tag >= 1, tag < UInt64(settled.count) else { return }
        let lower = multiple ? lowestUnsettled : tag
        guard lower <= tag else { return }
        for index in Int(lower)...Int(tag) where !settled[index] {
            settled[index] = true
            if isRefused { refused += 1 } else { confirmed += 1 }
        }
        while lowestUnsettled < UInt64(settled.count) && settled[Int(lowestUnsettled)] { lowestUnsettled += 1 }
    }
}
