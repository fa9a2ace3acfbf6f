import Foundation
import Printing
import TestSupport

/// (2) The peer: the same documents drawn by TCPDF, a PHP library such systems commonly print
/// with (Debian's php-cli and php-tcpdf), `count` of them in one PHP process timed inside PHP
/// (Peer/certificate.php), so that neither PHP's start nor the font's conversion is counted.
struct PeerPhase {
    var documents: [PrintedDocument]
    var count = 300

    struct Result {
        /// PHP's own line: the versions, the count, the time and the size.
        var summary: String
        var millisecondsPerCertificate: Double
    }

    func run() async throws -> Result {
        let directory = try TemporaryDirectory()
        let input = directory.path("documents.json")
        let output = directory.path("tcpdf.out")
        try PeerDocuments.data(Array(documents.prefix(count))).write(to: URL(fileURLWithPath: input))
        try FileManager.default.createDirectory(atPath: directory.path("fonts"), withIntermediateDirectories: true)
        let script = RepositoryPaths.root.appendingPathComponent("Tests/Benchmarks/Peer/certificate.php").path
        let php = try ChildProcess("/usr/bin/php", [script, input, directory.path("fonts"), "\(count)"], output: output)
        let status = await php.exitCode()
        let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        guard status == 0, let line = text.split(separator: "\n").last(where: { $0.hasPrefix("tcpdf ") }),
              let milliseconds = Self.milliseconds(in: line) else {
            throw BenchFailure("the TCPDF peer failed (exit \(status)):\n\(text)")
        }
        return Result(summary: String(line), millisecondsPerCertificate: milliseconds)
    }

    /// `… 31.234 ms per certificate …`
    private static func milliseconds(in line: Substring) -> Double? {
        guard let range = line.range(of: " ms per certificate") else { return nil }
        return line[..<range.lowerBound].split(separator: " ").last.flatMap { Double($0) }
    }
}
