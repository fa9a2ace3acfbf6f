import Foundation

/// base64url without padding (RFC 4648 §5): how JWS writes its parts, JWK its coordinates and a
/// status list its bits (after the multibase prefix `u`).
enum Base64URL {
    /// Swapped byte by byte: `replacingOccurrences` on the whole text took a millisecond of each
    /// credential's signing (the benchmark's profile).
    static func encode(_ bytes: some Sequence<UInt8>) -> String {
        var ascii = Array(Data(bytes).base64EncodedData())
        while ascii.last == UInt8(ascii: "=") { ascii.removeLast() }
        for index in ascii.indices {
            switch ascii[index] {
            case UInt8(ascii: "+"): ascii[index] = UInt8(ascii: "-")
            case UInt8(ascii: "/"): ascii[index] = UInt8(ascii: "_")
            default: break
            }
        }
        return String(decoding: ascii, as: UTF8.self)
    }

    /// Nil for anything but base64url without padding.
    static func decode(_ text: some StringProtocol) -> Data? {
        guard !text.contains("="), !text.contains("+"), !text.contains("/") else { return nil }
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        return Data(base64Encoded: base64)
    }
}
