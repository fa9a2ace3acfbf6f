/// The code a certificate's QR code carries for the public check, and the holder's own code
/// for their files: 128 random bits as 32 lower-case hex digits. Registration numbers follow
/// one another, so a check by number alone would let anyone walk the registry and collect
/// every graduate's name; a code cannot be guessed.
enum VerificationCode {
    static let pattern = "^[0-9a-f]{32}$"

    static func new() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<16).map { _ in
            let byte = UInt8.random(in: .min ... .max, using: &generator)
            return String(byte >> 4, radix: 16) + String(byte & 0x0F, radix: 16)
        }.joined()
    }
}
