/// Bytes as lower-case hexadecimal, two digits a byte: how files' SHA-256 digests are stored
/// and compared. By hand, because `String(format: "%02x")` for each byte went through
/// Foundation's formatter 32 times a digest, a tenth of a millisecond of every certificate.
public enum Hexadecimal {
    private static let digits = Array("0123456789abcdef".utf8)

    public static func string(_ bytes: some Sequence<UInt8>) -> String {
        var text: [UInt8] = []
        text.reserveCapacity(bytes.underestimatedCount * 2)
        for byte in bytes { append(byte, to: &text) }
        return String(decoding: text, as: UTF8.self)
    }

    /// The byte's two digits, at the end of `text` (UTF-8).
    static func append(_ byte: UInt8, to text: inout [UInt8]) {
        text.append(digits[Int(byte >> 4)])
        text.append(digits[Int(byte & 0x0F)])
    }
}
