import Crypto
import Foundation

/// Names the holder of a credential without showing who they are: a salted SHA-256 of an
/// identifier the holder can prove they have. Whoever knows the holder's email and reads the
/// salt from the credential can check that it is theirs; whoever reads the credential alone
/// learns nothing, and the salt, new for every credential, stops the same email from linking
/// two of them.
struct IdentityObject: Encodable, Sendable, Equatable {
    var type = "IdentityObject"
    var identityType: String
    var hashed = true
    var salt: String
    /// `sha256$` and the hex digest of the identifier followed by the salt.
    var identityHash: String

    /// The holder's email, exactly as given: a verifier hashes the address the holder shows
    /// them, so this must not be changed (lower-cased, say) on the way in.
    static func email(_ address: String, salt: String) -> IdentityObject {
        IdentityObject(identityType: "emailAddress", salt: salt, identityHash: hash(address, salt: salt))
    }

    /// For a holder whose email the centre does not know. A judgement: the certificate's
    /// registration number is what such a holder has in hand (it is printed on the paper), so
    /// it stands in, as Open Badges' generic `identifier` type.
    static func registrationNumber(_ number: String, salt: String) -> IdentityObject {
        IdentityObject(identityType: "identifier", salt: salt, identityHash: hash(number, salt: salt))
    }

    /// 16 random bytes in hex: a salt for one credential. Keep it with the certificate, so
    /// that the credential reads the same each time it is signed again.
    static func newSalt() -> String {
        var generator = SystemRandomNumberGenerator()
        return hex((0..<16).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
    }

    private static func hash(_ identity: String, salt: String) -> String {
        "sha256$" + hex(SHA256.hash(data: Data((identity + salt).utf8)))
    }

    private static func hex(_ bytes: some Sequence<UInt8>) -> String {
        bytes.map { byte in
            String(byte >> 4, radix: 16) + String(byte & 0x0F, radix: 16)
        }.joined()
    }
}
