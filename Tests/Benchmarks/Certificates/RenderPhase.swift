import CertificationService
import EventContracts
import Foundation
import Printing

/// (1a) The renderer alone: each pass's two pages laid out as issuing lays them out
/// (`CertificatePages`, through `CertificateRendering`) and drawn in its style by `PDFRenderer`, one after
/// another on one thread, as the service renders them. No database, no broker: the baseline
/// of (1b). One round's share of the passes at a time, numbered from `firstNumber`.
struct RenderPhase {
    var rendering: CertificateRendering
    var passes: ArraySlice<ListenerPassed>
    var firstNumber: Int
    /// Untimed first: the first document loads fontconfig's cache and the fonts, once a process.
    var warmUp = 5

    struct Result {
        var phase: PhaseResult
        var bytes: Int
        /// What was drawn, for the peer to draw the same.
        var documents: [PrintedDocument]
    }

    func run() throws -> Result {
        for passed in passes.prefix(warmUp) { _ = try rendering.render(document(passed, number: 0)) }

        var documents: [PrintedDocument] = []
        documents.reserveCapacity(passes.count)
        var bytes = 0
        let clock = ContinuousClock()
        let start = clock.now
        for (offset, passed) in passes.enumerated() {
            let document = document(passed, number: firstNumber + offset)
            bytes += try rendering.render(document).count
            documents.append(document)
        }
        let elapsed = clock.now - start
        return Result(phase: PhaseResult(messages: passes.count, duration: elapsed), bytes: bytes, documents: documents)
    }

    /// The numbers and codes issuing would give: the year's sequence, 32 random hex digits.
    private func document(_ passed: ListenerPassed, number: Int) -> PrintedDocument {
        let code = UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        return rendering.document(passed, number: String(format: "QDM-2026-%06d", number), code: code)
    }
}
