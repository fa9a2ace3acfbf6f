import EventContracts
import Foundation

/// An instant as credentials write it: whole seconds in UTC, `2026-06-20T00:00:00Z`. The VC
/// data model's dateTimeStamp allows fractional seconds, but the JWT's `nbf` counts whole
/// seconds, and the two must agree; so both come from the one count kept here.
struct CredentialTime: Encodable, Sendable, Equatable {
    /// Seconds since 1970-01-01T00:00:00Z: the JWT's `nbf`.
    let secondsSince1970: Int64

    /// Midnight UTC at the start of the day: a certificate is dated by a day, not an instant.
    init(_ day: CalendarDate) {
        secondsSince1970 = Int64(day.startInUTC.timeIntervalSince1970)
    }

    /// An instant, cut to the whole second before it.
    init(_ instant: Date) {
        secondsSince1970 = Int64(instant.timeIntervalSince1970.rounded(.down))
    }

    /// `2026-06-20T00:00:00Z`
    var text: String {
        Date(timeIntervalSince1970: TimeInterval(secondsSince1970)).formatted(Date.ISO8601FormatStyle())
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}
