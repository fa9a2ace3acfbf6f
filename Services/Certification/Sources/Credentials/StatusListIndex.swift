/// Where a new credential's bit goes in the revocation list: an index no credential has yet,
/// drawn at random. Indexes given in order of issue would tell anyone who reads two lists
/// which certificate, of those issued around a date, was revoked.
enum StatusListIndex {
    /// A random index in `0..<size` that is not in `used`, or nil when every one is.
    static func random(notIn used: Set<Int>, size: Int = BitstringStatusList.minimumSize,
                       using generator: inout some RandomNumberGenerator) -> Int? {
        // While the list is mostly free, a few draws find a free index: no need to list them.
        for _ in 0..<64 {
            let index = Int.random(in: 0..<size, using: &generator)
            if !used.contains(index) { return index }
        }
        return (0..<size).filter { !used.contains($0) }.randomElement(using: &generator)
    }

    static func random(notIn used: Set<Int>, size: Int = BitstringStatusList.minimumSize) -> Int? {
        var generator = SystemRandomNumberGenerator()
        return random(notIn: used, size: size, using: &generator)
    }
}
