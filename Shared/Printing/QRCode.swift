import CQRencode

/// A QR code's modules (its black and white squares), from libqrencode. Drawn by the renderer
/// as an image mask of one pixel a module, never smoothed, so the code stays sharp at any zoom
/// and on any printer.
public struct QRCode: Sendable, Equatable {
    /// Modules per side.
    public let width: Int
    /// Row by row, `true` for black.
    public let modules: [Bool]

    /// The code for `text`, as 8-bit bytes at error correction level M (15% of the code may be
    /// smudged or torn and it still reads): enough for a verification URL on paper.
    public init(_ text: String) throws {
        guard let code = QRcode_encodeString8bit(text, 0, QR_ECLEVEL_M) else { throw PrintingError.qrCode(text) }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        // Of each byte, the lowest bit says black or white; the others are libqrencode's own notes.
        modules = (0..<width * width).map { code.pointee.data[$0] & 1 == 1 }
        self.width = width
    }

    public func isBlack(row: Int, column: Int) -> Bool { modules[row * width + column] }
}
