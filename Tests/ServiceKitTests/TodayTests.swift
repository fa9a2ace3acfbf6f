import Foundation
import ServiceKit
import EventContracts
import Testing

@Suite("The provider's day")
struct TodayTests {
    @Test("the day is the centre's, not the server's: 20:00 UTC is already tomorrow in Almaty")
    func almatyIsAhead() throws {
        let evening = try #require(ISO8601DateFormatter().date(from: "2026-11-29T20:00:00Z"))
        #expect(CalendarDate(evening, in: TimeZone(identifier: "UTC")!) == CalendarDate("2026-11-29"))
        #expect(CalendarDate(evening, in: TimeZone(identifier: "Asia/Almaty")!) == CalendarDate("2026-11-30"))
    }

    @Test("a fixed day stays fixed; the zone comes from PROVIDER_TIME_ZONE, Almaty unless set")
    func fixedAndConfigured() throws {
        #expect(Today(fixed: CalendarDate("2026-09-01")!).date == CalendarDate("2026-09-01"))
        // 11:00 UTC on the 29th: still the 29th in Almaty, already the 30th on Kiritimati (UTC+14).
        let morning = try #require(ISO8601DateFormatter().date(from: "2026-11-29T11:00:00Z"))
        let kiritimati = ServiceSettings(service: "test", defaultPort: 1, environment: ["PROVIDER_TIME_ZONE": "Pacific/Kiritimati"])
        let unset = ServiceSettings(service: "test", defaultPort: 1, environment: [:])
        #expect(Today(kiritimati, now: { morning }).date == CalendarDate("2026-11-30"))
        #expect(Today(unset, now: { morning }).date == CalendarDate("2026-11-29"))
        // 20:00 UTC on the 29th: with nothing set, the day is Almaty's 30th, not the server's 29th.
        let evening = try #require(ISO8601DateFormatter().date(from: "2026-11-29T20:00:00Z"))
        #expect(Today(unset, now: { evening }).date == CalendarDate("2026-11-30"))
    }
}
