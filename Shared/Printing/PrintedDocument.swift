/// A document to print: orders, letters, certificates. A flow of blocks that the renderer lays
/// out on A4 pages, breaking pages where a block does not fit. The documents themselves
/// (an order's wording, a letter's) are written by the services; this says only how they look.
public struct PrintedDocument: Sendable, Equatable {
    /// The PDF's title, as a reader's window shows it.
    public var title: String
    public var blocks: [Block]

    public init(title: String, blocks: [Block]) {
        self.title = title
        self.blocks = blocks
    }

    public enum Block: Sendable, Equatable {
        /// A document's name, in large capitals: СЕРТИФИКАТ.
        case title(String)
        case heading(String, alignment: Alignment = .center)
        case paragraph(String, alignment: Alignment = .justified)
        /// Small print: a document's reference line, an address.
        case note(String, alignment: Alignment = .left)
        case table(Table)
        /// Two texts side by side, the first against the left margin, the second against the
        /// right: a bilingual letterhead, Kazakh on the left and Russian on the right.
        case pair(String, String, font: Font = .body)
        /// A QR code `size` points square, drawn as an image mask never smoothed (sharp at any
        /// zoom), with an optional caption beside it (the address it holds, for a reader
        /// without a phone).
        case qrCode(String, size: Double, caption: String? = nil)
        /// Vertical space, in points.
        case space(Double)
        case pageBreak
    }

    /// Which of the style's fonts a block uses.
    public enum Font: Sendable, Equatable {
        case body, heading, note
    }

    public enum Alignment: Sendable, Equatable {
        case left, center, right, justified
    }

    /// Rows of text under a header row, which repeats on every page the table runs onto.
    public struct Table: Sendable, Equatable {
        public var header: [String]
        public var rows: [[String]]
        /// Each column's share of the width; equal shares when empty.
        public var widths: [Double]

        public init(header: [String], rows: [[String]], widths: [Double] = []) {
            self.header = header
            self.rows = rows
            self.widths = widths
        }
    }
}
