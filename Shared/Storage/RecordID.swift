import Foundation

/// New ids for records and events: UUID version 7 (RFC 9562), lower-case.
///
/// Version 7 starts with the time in milliseconds, so ids made one after another sort one
/// after another. A primary key or unique index on them then grows at its end, as an
/// autoincrement would, instead of at random places: with random (version 4) ids, each
/// batch of inbox records dirtied a page of the index per record, and writing those pages
/// cost the inbox more than its own work. They still reveal nothing but the creation time.
public enum RecordID {
    public static func new(at time: Date = Date()) -> String {
        var generator = SystemRandomNumberGenerator()
        return make(milliseconds: UInt64(max(0, time.timeIntervalSince1970 * 1000)), random: &generator)
    }

    static func make(milliseconds: UInt64, random: inout some RandomNumberGenerator) -> String {
        var bytes = [UInt8](repeating: 0, count: 16)
        for index in 0..<6 { bytes[index] = UInt8(truncatingIfNeeded: milliseconds >> (8 * (5 - index))) }
        // Two draws of 64 bits for the ten random bytes: a draw from the system's generator is a
        // `getrandom` call, and drawing byte by byte made ten of them an id.
        let entropy = [random.next() as UInt64, random.next() as UInt64]
        entropy.withUnsafeBytes { drawn in for index in 6..<16 { bytes[index] = drawn[index] } }
        bytes[6] = 0x70 | (bytes[6] & 0x0F) // version 7
        bytes[8] = 0x80 | (bytes[8] & 0x3F) // variant 10
        // 8-4-4-4-12 lower-case digits, as `UUID.uuidString.lowercased()` writes them, without
        // its formatter and the copy that lower-cases it.
        var text: [UInt8] = []
        text.reserveCapacity(36)
        for (index, byte) in bytes.enumerated() {
            if index == 4 || index == 6 || index == 8 || index == 10 { text.append(UInt8(ascii: "-")) }
            Hexadecimal.append(byte, to: &text)
        }
        return String(decoding: text, as: UTF8.self)
    }
}
