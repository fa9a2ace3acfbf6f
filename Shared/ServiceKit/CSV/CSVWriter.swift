import Foundation

/// A table written as CSV for Excel: UTF-8 with a byte-order mark, so that Excel reads Cyrillic
/// as it is rather than as a legacy code page; semicolons between cells, as Excel expects
/// under a Kazakh or Russian locale; lines ended by CRLF. A cell holding a semicolon, a quote
/// or a line break is quoted, its quotes doubled.
public struct CSVWriter: Sendable {
    public private(set) var text = "\u{FEFF}"

    public init(heading: [String]) {
        append(heading)
    }

    public mutating func append(_ cells: [String]) {
        text += cells.map(Self.escaped).joined(separator: ";") + "\r\n"
    }

    /// A cell Excel is to keep as the text it is: digits it would otherwise read as a number,
    /// dropping an IIN's leading zero and showing its twelve digits as 8.50314E+11. Written as
    /// the formula `="…"`, which Excel shows as its text.
    public static func text(_ value: String) -> String { "=\"\(value)\"" }

    static func escaped(_ cell: String) -> String {
        guard cell.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
