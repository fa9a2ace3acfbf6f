import ServiceKit

/// How a provider writes its certificates' registration numbers (`CERTIFICATE_NUMBER_FORMAT`):
/// literal text with `{prefix}`, `{year}` and `{sequence}`, the sequence padded with zeros to
/// a width when written `{sequence:5}`. `{prefix}-{year}-{sequence:6}` gives `QDM-2026-000042`.
///
/// Numbers run from 1 in each year, so the year and the sequence must both be in the format:
/// without either, two certificates would share a number.
public struct RegistrationNumberFormat: Sendable, Equatable {
    public static let standard = "{prefix}-{year}-{sequence:6}"

    enum Piece: Sendable, Equatable {
        case text(String)
        case year
        case sequence(width: Int)
    }

    let pieces: [Piece]

    /// `pattern` with `{prefix}` standing for `prefix` (`CERTIFICATE_PREFIX`).
    public init(_ pattern: String, prefix: String) throws {
        var pieces: [Piece] = []
        var rest = Substring(pattern)
        while let open = rest.firstIndex(of: "{") {
            if open > rest.startIndex { pieces.append(.text(String(rest[..<open]))) }
            guard let close = rest[open...].firstIndex(of: "}") else { throw Self.problem("a «{» is never closed") }
            let name = rest[rest.index(after: open)..<close]
            switch name.split(separator: ":", maxSplits: 1).map(String.init) {
            case ["prefix"]: pieces.append(.text(prefix))
            case ["year"]: pieces.append(.year)
            case ["sequence"]: pieces.append(.sequence(width: 1))
            case let parts where parts.count == 2 && parts[0] == "sequence":
                guard let width = Int(parts[1]), (1...12).contains(width) else { throw Self.problem("the width of {\(name)} is not 1–12") }
                pieces.append(.sequence(width: width))
            default: throw Self.problem("{\(name)} is not {prefix}, {year} or {sequence:N}")
            }
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { pieces.append(.text(String(rest))) }
        guard pieces.filter({ $0 == .year }).count == 1,
              pieces.filter({ if case .sequence = $0 { true } else { false } }).count == 1 else {
            throw Self.problem("it must hold {year} and {sequence} once each, or two certificates would share a number")
        }
        self.pieces = pieces
    }

    /// The number of the `sequence`-th certificate of `year`. A sequence longer than the width
    /// is written in full, never cut.
    public func number(year: Int, sequence: Int) -> String {
        pieces.map { piece in
            switch piece {
            case .text(let text): text
            case .year: String(year)
            case .sequence(let width):
                String(repeating: "0", count: max(0, width - String(sequence).count)) + String(sequence)
            }
        }.joined()
    }

    private static func problem(_ text: String) -> SettingsError {
        SettingsError(key: "CERTIFICATE_NUMBER_FORMAT", problem: text)
    }
}
