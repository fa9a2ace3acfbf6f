import CPangoCairo
import Synchronization

/// Pango's font maps, lent to one render at a time and kept between them. A font map holds
/// the fonts it has found and opened and the text it has shaped: the first document drawn with
/// a new one pays for all of that. Pango's default font map is per thread and dies with its
/// thread, and the threads that render come and go (a database's writer is a dispatch queue,
/// run on whichever of libdispatch's workers is free, which exit when idle): so each new
/// thread drew its first document cold. A pool keeps them warm whichever thread renders, one
/// map per render at once (a font map is not safe to share between threads at once).
final class FontMaps: Sendable {
    static let shared = FontMaps()

    /// A map not lent out. Pango's objects are not Sendable, but one in the pool is used by
    /// nobody, and the lock orders its last use before its next.
    private struct Idle: @unchecked Sendable {
        let map: UnsafeMutablePointer<PangoFontMap>
    }

    private let idle = Mutex<[Idle]>([])

    /// `body` with a font map of its own for as long as it runs.
    func withFontMap<Result>(_ body: (UnsafeMutablePointer<PangoFontMap>) throws -> Result) rethrows -> Result {
        let map = idle.withLock { $0.popLast()?.map } ?? pango_cairo_font_map_new()!
        defer { idle.withLock { $0.append(Idle(map: map)) } }
        return try body(map)
    }
}
