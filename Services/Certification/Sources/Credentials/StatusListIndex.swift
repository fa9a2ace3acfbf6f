/// Where a new credential's bit goes in the revocation list: an index no credential has yet,
/// drawn at random. Indexes given in order of issue would tell anyone who reads two lists
/// which certificate, of those issued around a date, was revoked.
enum StatusListIndex {
    /// A random index in `0..<size` that `isUsed` says is free, or nil when every one is used.
    /// While the list is mostly free a few draws find one, each asked of `isUsed` (for the
    /// registry, one indexed lookup); only a list nearly full is read whole, from `allUsed`.
    static func random(size: Int = BitstringStatusList.minimumSize, using generator: inout some RandomNumberGenerator,
                       isUsed: (Int) throws -> Bool, allUsed: () throws -> Set<Int>) rethrows -> Int? {
        for _ in 0..<64 {
            let index = Int.random(in: 0..<size, using: &generator)
            if try !isUsed(index) { return index }
        }
        let used = try allUsed()
        return (0..<size).filter { !used.contains($0) }.randomElement(using: &generator)
    }

    static func random(notIn used: Set<Int>, size: Int = BitstringStatusList.minimumSize,
                       using generator: inout some RandomNumberGenerator) -> Int? {
        random(size: size, using: &generator, isUsed: used.contains, allUsed: { used })
    }

    static func random(notIn used: Set<Int>, size: Int = BitstringStatusList.minimumSize) -> Int? {
        var generator = SystemRandomNumberGenerator()
        return random(notIn: used, size: size, using: &generator)
    }
}
