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
        case heading(String, alignment: Alignment = .center)
        case paragraph(String, alignment: Alignment = .justified)
        /// Small print: a document's reference line, an address.
        case note(String, alignment: Alignment = .left)
        case table(Table)
        /// Vertical space, in points.
        case space(Double)
        case pageBreak
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
