import Foundation

/// A ZIP archive written entry by entry as it is sent, so that a group's hundred certificates
/// never sit in memory together. Entries are stored, not compressed: PDFs are compressed
/// already, and a stored entry's size and CRC are known before its bytes go out, so no data
/// descriptors are needed and every unzip tool reads it. (ZIPFoundation, the well-kept Swift
/// ZIP library, writes only to a file or to memory, not to a stream.)
///
/// Names are UTF-8 (bit 11 of the flags): Cyrillic file names read as they are.
public struct ZIPStream: Sendable {
    private struct Written: Sendable {
        var name: Data
        var crc: UInt32
        var size: UInt32
        var offset: UInt32
    }

    private var written: [Written] = []
    private var offset: UInt32 = 0
    private let time: (time: UInt16, date: UInt16)

    /// `modified`: the time every entry carries (in UTC; ZIP has no time zone).
    public init(modified: Date = Date()) {
        time = Self.dosTime(modified)
    }

    /// An entry's header and contents, to send next.
    public mutating func entry(named name: String, contents: Data) -> Data {
        let nameBytes = Data(name.utf8)
        let crc = CRC32.checksum(contents)
        var header = Data()
        header.append(le32: 0x0403_4B50)
        header.append(le16: 20)          // version needed: 2.0
        header.append(le16: 0x0800)      // UTF-8 names
        header.append(le16: 0)           // stored
        header.append(le16: time.time)
        header.append(le16: time.date)
        header.append(le32: crc)
        header.append(le32: UInt32(contents.count))
        header.append(le32: UInt32(contents.count))
        header.append(le16: UInt16(nameBytes.count))
        header.append(le16: 0)           // no extra field
        header.append(nameBytes)
        written.append(Written(name: nameBytes, crc: crc, size: UInt32(contents.count), offset: offset))
        offset += UInt32(header.count + contents.count)
        return header + contents
    }

    /// The central directory and its end: the last bytes of the archive.
    public func end() -> Data {
        var directory = Data()
        for entry in written {
            directory.append(le32: 0x0201_4B50)
            directory.append(le16: 20)   // made by: 2.0
            directory.append(le16: 20)
            directory.append(le16: 0x0800)
            directory.append(le16: 0)
            directory.append(le16: time.time)
            directory.append(le16: time.date)
            directory.append(le32: entry.crc)
            directory.append(le32: entry.size)
            directory.append(le32: entry.size)
            directory.append(le16: UInt16(entry.name.count))
            directory.append(le16: 0)    // extra
            directory.append(le16: 0)    // comment
            directory.append(le16: 0)    // disk
            directory.append(le16: 0)    // internal attributes
            directory.append(le32: 0)    // external attributes
            directory.append(le32: entry.offset)
            directory.append(entry.name)
        }
        var end = Data()
        end.append(le32: 0x0605_4B50)
        end.append(le16: 0)
        end.append(le16: 0)
        end.append(le16: UInt16(written.count))
        end.append(le16: UInt16(written.count))
        end.append(le32: UInt32(directory.count))
        end.append(le32: offset)
        end.append(le16: 0)
        return directory + end
    }

    /// MS-DOS time and date, as ZIP stores them.
    static func dosTime(_ date: Date) -> (time: UInt16, date: UInt16) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let time = UInt16(parts.hour! << 11 | parts.minute! << 5 | parts.second! / 2)
        let day = UInt16(max(0, parts.year! - 1980) << 9 | parts.month! << 5 | parts.day!)
        return (time, day)
    }
}

/// CRC-32 as ZIP (and gzip) use it: the reflected polynomial 0xEDB88320.
enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { index in
        (0..<8).reduce(UInt32(index)) { crc, _ in crc & 1 == 1 ? 0xEDB8_8320 ^ (crc >> 1) : crc >> 1 }
    }

    static func checksum(_ data: Data) -> UInt32 {
        ~data.reduce(~UInt32(0)) { crc, byte in table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
    }
}

extension Data {
    fileprivate mutating func append(le16 value: UInt16) {
        append(contentsOf: [UInt8(value & 0xFF), UInt8(value >> 8)])
    }

    fileprivate mutating func append(le32 value: UInt32) {
        append(contentsOf: [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 24)])
    }
}
