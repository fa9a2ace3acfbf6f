import CompressNIO
import Foundation
import NIOCore

/// The centre's revocation list (W3C Bitstring Status List 1.0): one bit per credential, 1 for
/// revoked. A verifier fetches the whole list and reads its credential's bit, so the centre
/// never learns which credential was checked; for that to hide anything, the list must be
/// long (the spec's minimum is 131,072 bits, 16 KB) and credentials must sit at random
/// indexes in it (`StatusListIndex`).
struct BitstringStatusList: Sendable, Equatable {
    /// 131,072 bits: the spec's minimum, and the range indexes are drawn from.
    static let minimumSize = 131_072

    /// The bits, eight to a byte, the first index in each byte's most significant bit.
    private(set) var bytes: [UInt8]

    /// The list with none revoked. The size is rounded up to whole bytes and never made
    /// smaller than the minimum.
    init(size: Int = Self.minimumSize) {
        bytes = Array(repeating: 0, count: (max(size, Self.minimumSize) + 7) / 8)
    }

    /// The list with `revoked` set, the default size: what the status list credential is made from.
    init(revoked: some Sequence<Int>) {
        self.init()
        for index in revoked { revoke(index) }
    }

    var size: Int { bytes.count * 8 }

    /// Index 0 is the most significant bit of byte 0, index 7 its least, index 8 the most
    /// significant of byte 1.
    func isRevoked(_ index: Int) -> Bool {
        precondition((0..<size).contains(index), "status list index \(index) out of 0..<\(size)")
        return bytes[index / 8] >> (7 - UInt8(index % 8)) & 1 == 1
    }

    mutating func revoke(_ index: Int) {
        precondition((0..<size).contains(index), "status list index \(index) out of 0..<\(size)")
        bytes[index / 8] |= 1 << (7 - UInt8(index % 8))
    }

    /// `u` (multibase for base64url without padding) and the GZIP (RFC 1952) of the bits: the
    /// spec's `encodedList`. A mostly-zero 16 KB compresses to a few dozen bytes.
    func encodedList() throws -> String {
        var buffer = ByteBuffer(bytes: bytes)
        let compressed = try buffer.compress(with: .gzip())
        return "u" + Base64URL.encode(compressed.readableBytesView)
    }

    /// The list an `encodedList` holds, as a verifier reads it; nil for anything else. At most
    /// 16 MB are inflated: a list is a few KB, and a small input must not make a huge output.
    init?(encodedList: String) {
        guard encodedList.hasPrefix("u"), let compressed = Base64URL.decode(encodedList.dropFirst()) else { return nil }
        var buffer = ByteBuffer(bytes: compressed)
        guard let bits = try? buffer.decompress(with: .gzip(), maxSize: 16 << 20),
              bits.readableBytes * 8 >= Self.minimumSize else { return nil }
        bytes = Array(bits.readableBytesView)
    }
}
