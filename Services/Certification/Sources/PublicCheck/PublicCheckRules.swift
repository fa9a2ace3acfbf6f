import Foundation

/// Who may find a certificate without a login: one who holds its QR code (the verification
/// code), or one who reads its number and the holder's surname off the paper. The number alone
/// finds nothing, so that the registry cannot be walked number by number (7.6).
enum PublicCheckRules {
    /// Whether `surname` is one of the words of the holder's name, letter case aside.
    static func matches(surname: String, fullName: String) -> Bool {
        let wanted = surname.trimmingCharacters(in: .whitespaces).lowercased()
        guard !wanted.isEmpty else { return false }
        return fullName.split(whereSeparator: { $0 == " " || $0 == "-" }).contains { $0.lowercased() == wanted }
    }
}
