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
        for index in 6..<16 { bytes[index] = random.next() }
        bytes[6] = 0x70 | (bytes[6] & 0x0F) // version 7
        bytes[8] = 0x80 | (bytes[8] & 0x3F) // variant 10
        let uuid = UUID(uuid: (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                               bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
        return uuid.uuidString.lowercased()
    }
}
