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

/// What a PDF's first page shows to a camera: rendered to an image by `pdftoppm` (Debian's
/// poppler-utils), its QR codes read by `zbarimg` (zbar-tools), as a phone would read the paper.
public enum PDFQRCodes {
    public static func onFirstPage(_ pdf: Data, dpi: Int = 150) async throws -> [String] {
        let directory = try TemporaryDirectory()
        let input = directory.path("document.pdf")
        try pdf.write(to: URL(fileURLWithPath: input))
        let rendered = try await ChildProcess("/usr/bin/pdftoppm", ["-png", "-r", "\(dpi)", "-f", "1", "-l", "1", "-singlefile",
                                                                      input, directory.path("page")]).exitCode()
        guard rendered == 0 else { throw TestFailure("pdftoppm exited with \(rendered)") }
        let output = directory.path("codes.txt")
        // zbarimg exits with 4 when it finds no code: an answer, not a failure. Its stderr shares the
        // file, so it must not talk to D-Bus (absent here, and it says so).
        let status = try await ChildProcess("/usr/bin/zbarimg", ["--quiet", "--nodbus", "--raw", "-Sdisable", "-Sqrcode.enable",
                                                                directory.path("page.png")], output: output).exitCode()
        guard status == 0 || status == 4 else { throw TestFailure("zbarimg exited with \(status)") }
        return try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n").map(String.init)
    }
}
