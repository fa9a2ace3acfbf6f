import Foundation

/// The text of a PDF as a reader's tools see it, by poppler's `pdftotext` (poppler-utils):
/// what a PDF test asserts is what a person or a search index would read. Pages are
/// separated by form feeds.
public enum PDFText {
    public static func extract(_ pdf: Data) async throws -> String {
        let directory = try TemporaryDirectory()
        let input = directory.path("document.pdf")
        let output = directory.path("document.txt")
        try pdf.write(to: URL(fileURLWithPath: input))
        let status = try await ChildProcess("/usr/bin/pdftotext", ["-enc", "UTF-8", input, output]).exitCode()
        guard status == 0 else { throw TestFailure("pdftotext exited with \(status): not a readable PDF") }
        return try String(contentsOfFile: output, encoding: .utf8)
    }

    public static func pageCount(_ text: String) -> Int {
        text.split(separator: "\u{0C}", omittingEmptySubsequences: false).count - 1
    }
}
