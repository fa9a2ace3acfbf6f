import CSV
import Foundation
import Hummingbird

/// A CSV upload read as a table: a heading row naming the columns, then one record per row.
///
/// Files come from spreadsheets as people save them: comma- or semicolon-separated (a
/// Russian-locale Excel writes semicolons), with or without a byte-order mark, with headings
/// in English, Russian or Kazakh. Problems are reported per row by its line in the file, the
/// heading being line 1, as a spreadsheet numbers it.
public struct CSVTable: Sendable {
    /// A column the reader knows: its name in the API, the other headings it may go by, and
    /// whether a file without it is refused.
    public struct Column: Sendable {
        public var name: String
        public var headings: [String]
        public var required: Bool

        public init(_ name: String, headings: [String] = [], required: Bool = false) {
            self.name = name
            self.headings = headings
            self.required = required
        }
    }

    public struct Row: Sendable {
        /// The row's line in the file (a quoted cell may hold a line break; the row still
        /// counts as one, as in a spreadsheet).
        public let line: Int
        let cells: [String: String]

        /// The cell, trimmed; nil when empty or when the file has no such column.
        public subscript(_ column: String) -> String? {
            let value = cells[column]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            return value.isEmpty ? nil : value
        }
    }

    public let rows: [Row]

    public init(csv text: String, columns: [Column], rowLimit: Int) throws {
        let text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: true, delimiter: Self.delimiter(of: text))
        } catch {
            throw Problem.validation([("file", CSVText.noHeading)])
        }
        let headings = (reader.headerRow ?? []).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        var indexOf: [String: Int] = [:]
        for column in columns {
            let names = ([column.name] + column.headings).map { $0.lowercased() }
            if let index = headings.firstIndex(where: names.contains) { indexOf[column.name] = index }
        }
        let missing = columns.filter { $0.required && indexOf[$0.name] == nil }.map(\.name)
        if !missing.isEmpty { throw Problem.validation([("columns", CSVText.missingColumns(missing))]) }

        var rows: [Row] = []
        var line = 1
        while let values = reader.next() {
            line += 1
            if values.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            guard rows.count < rowLimit else { throw Problem.validation([("file", CSVText.tooManyRows(rowLimit))]) }
            let cells = indexOf.compactMapValues { index in index < values.count ? values[index] : nil }
            rows.append(Row(line: line, cells: cells))
        }
        if let error = reader.error { throw Problem.validation([("file", CSVText.unreadable("\(error)"))]) }
        if rows.isEmpty { throw Problem.validation([("file", CSVText.noRows)]) }
        self.rows = rows
    }

    /// Reads the request's body as UTF-8 text, up to `limit` bytes.
    public static func text(of request: Request, limit: Int) async throws -> String {
        let body: ByteBuffer
        do { body = try await request.body.collect(upTo: limit) } catch { throw CSVText.tooLarge(limit) }
        guard let text = String(validating: body.readableBytesView, as: UTF8.self) else {
            throw Problem.validation([("file", CSVText.notUTF8)])
        }
        return text
    }

    /// Semicolons when the heading has more of them than commas.
    static func delimiter(of text: String) -> UnicodeScalar {
        let heading = text.prefix { $0 != "\n" && $0 != "\r" }
        return heading.filter { $0 == ";" }.count > heading.filter { $0 == "," }.count ? ";" : ","
    }
}

extension FieldValidator {
    /// Checks one row, naming its problems by line: `lines[7].iin`.
    public mutating func row<T>(_ row: CSVTable.Row, _ check: (inout FieldValidator) throws -> T) rethrows -> T {
        try nested("lines[\(row.line)]", check)
    }
}
