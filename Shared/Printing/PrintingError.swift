/// Why a document could not be rendered.
public enum PrintingError: Error, Equatable, CustomStringConvertible {
    /// The fonts have no glyph for some of the text: rendered, it would show empty boxes (or,
    /// with no font at all, a blank page). Install the fonts (fonts-noto-core).
    case missingGlyphs(count: Int, text: String)
    /// cairo refused to produce the PDF.
    case cairo(String)
    /// libqrencode could not encode the text (too long for any QR code).
    case qrCode(String)

    public var description: String {
        switch self {
        case .missingGlyphs(let count, let text):
            "\(count) characters have no glyph in the installed fonts (is fonts-noto-core installed?): \(text.prefix(80))"
        case .cairo(let status): "cairo could not write the PDF: \(status)"
        case .qrCode(let text): "no QR code holds \(text.utf8.count) bytes: \(text.prefix(80))"
        }
    }
}
