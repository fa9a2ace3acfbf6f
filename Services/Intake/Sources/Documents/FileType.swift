/// The kinds of file a scan or a signed document arrives as, told by their first bytes: a
/// file's name and its declared type say what the sender believes, its content what it is.
public enum FileType: String, Codable, Sendable, CaseIterable {
    case pdf = "application/pdf"
    case jpeg = "image/jpeg"
    case png = "image/png"

    static let signatures: [(FileType, [UInt8])] = [
        (.pdf, Array("%PDF-".utf8)),
        (.jpeg, [0xFF, 0xD8, 0xFF]),
        (.png, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
    ]

    /// The type the content is, or nil for anything else.
    public init?<Bytes: Collection<UInt8>>(content: Bytes) {
        guard let match = Self.signatures.first(where: { content.starts(with: $0.1) }) else { return nil }
        self = match.0
    }
}
