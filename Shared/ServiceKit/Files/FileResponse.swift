import Foundation
import Hummingbird

extension Response {
    /// A file as the whole body: a PDF to open in the browser (`inline`), or a download to save
    /// (`attachment`), under `filename`.
    public static func file(_ data: Data, mediaType: String, filename: String, inline: Bool = true) -> Response {
        Response(status: .ok, headers: [
            .contentType: mediaType,
            .contentDisposition: "\(inline ? "inline" : "attachment"); filename=\"\(filename)\"",
        ], body: .init(byteBuffer: ByteBuffer(data: data)))
    }
}

extension Response {
    /// A CSV file for Excel (`CSVWriter`), to save.
    public static func csv(_ text: String, filename: String) -> Response {
        Response(status: .ok, headers: [
            .contentType: "text/csv; charset=utf-8",
            .contentDisposition: "attachment; filename=\"\(filename)\"",
        ], body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}

/// How a list or a report may be answered: JSON, or CSV for Excel.
public enum ExportFormat: String, Sendable, CaseIterable {
    case json, csv
}

extension Request {
    /// Whether to answer CSV: the query's `format` says so, or, without one, the Accept header.
    public func wantsCSV(_ format: ExportFormat?) -> Bool {
        format == .csv || (format == nil && headers[.accept]?.lowercased().contains("text/csv") == true)
    }
}
