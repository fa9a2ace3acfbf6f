/// How printed documents look: A4 in points, the margins and the type.
public struct PageStyle: Sendable, Equatable {
    public var width = 595.28
    public var height = 841.89
    public var margin = 56.0
    /// A Pango font description; fontconfig falls back to another font for what it lacks.
    public var bodyFont = "Noto Serif 11"
    public var headingFont = "Noto Serif Bold 12"
    public var titleFont = "Noto Serif Bold 26"
    public var noteFont = "Noto Sans 9"
    public var tableFont = "Noto Sans 9.5"
    /// Space after a block, in points.
    public var gap = 6.0
    public var cellPadding = 4.0

    public init() {}

    public static let a4 = PageStyle()

    var textWidth: Double { width - 2 * margin }

    func font(_ font: PrintedDocument.Font) -> String {
        switch font {
        case .body: bodyFont
        case .heading: headingFont
        case .note: noteFont
        }
    }
    var bottom: Double { height - margin }
}
