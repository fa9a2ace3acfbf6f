import EventContracts
import FollowUpService
import Testing

/// Regulation 8.2: one calendar year of follow-up from the certificate's date.
@Suite("Follow-up period")
struct FollowUpPeriodTests {
    @Test("follow-up ends on the same date one calendar year later", arguments: [
        ("2026-10-15", "2027-10-15"),
        ("2023-03-01", "2024-03-01"),
        ("2027-02-28", "2028-02-28"), // into a leap year: still the 28th
        ("2024-02-28", "2025-02-28"),
    ])
    func endsOneYearLater(start: String, end: String) {
        #expect(FollowUpPeriod.end(startingOn: CalendarDate(start)!) == CalendarDate(end))
    }

    @Test("from 29 February it ends on 28 February of the next year")
    func leapDayEndsOnTwentyEighth() {
        #expect(FollowUpPeriod.end(startingOn: "2024-02-29") == "2025-02-28")
        #expect(FollowUpPeriod.end(startingOn: "2000-02-29") == "2001-02-28")
    }

    @Test("from 31 December it ends on 31 December of the next year")
    func newYearsEve() {
        #expect(FollowUpPeriod.end(startingOn: "2025-12-31") == "2026-12-31")
    }

    @Test("from 1 January it ends on 1 January of the next year")
    func newYearsDay() {
        #expect(FollowUpPeriod.end(startingOn: "2026-01-01") == "2027-01-01")
    }
}
