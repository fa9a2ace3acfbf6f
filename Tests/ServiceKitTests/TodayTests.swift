import Foundation
import ServiceKit
import Storage
import Testing

@Suite("The provider's day")
struct TodayTests {
    @Test("the day is the centre's, not the server's: 20:00 UTC is already tomorrow in Almaty")
    func almatyIsAhead() throws {
        let evening = try #require(ISO8601DateFormatter().date(from: "2026-11-29T20:00:00Z"))
        #expect(CalendarDate.string(from: evening) == "2026-11-29")
        #expect(CalendarDate.string(from: evening, in: TimeZone(identifier: "Asia/Almaty")!) == "2026-11-30")
    }

    @Test("a fixed day stays fixed; the zone comes from PROVIDER_TIME_ZONE")
    func fixedAndConfigured() {
        #expect(Today(fixed: "2026-09-01").date == "2026-09-01")
        let settings = ServiceSettings(service: "test", defaultPort: 1, environment: ["PROVIDER_TIME_ZONE": "Pacific/Kiritimati"])
        let kiritimati = CalendarDate.string(from: Date(), in: TimeZone(identifier: "Pacific/Kiritimati")!)
        #expect(Today(settings).date == kiritimati)
    }
}
