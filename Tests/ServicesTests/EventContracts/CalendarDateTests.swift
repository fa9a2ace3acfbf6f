import EventContracts
import Foundation
import GRDB
import Storage
import Testing

@Suite("Calendar dates: yyyy-MM-dd, parsed once")
struct CalendarDateTests {
    @Test("only exactly yyyy-MM-dd of a day that exists is a date", arguments: [
        ("2026-09-01", true), ("2028-02-29", true), ("2026-02-29", false), ("1900-02-29", false), ("2000-02-29", true),
        ("2026-13-01", false), ("2026-04-31", false), ("2026-9-1", false), ("2026-09-01T00:00", false), ("20260901", false),
        ("０２０２-09-01", false), ("2026-09-0a", false), ("", false), ("0000-01-01", false),
    ])
    func parsing(_ text: String, _ valid: Bool) {
        #expect((CalendarDate(text) != nil) == valid)
        if valid { #expect(CalendarDate(text)?.description == text) }
    }

    @Test("dates order as days do, and as their text does")
    func ordering() throws {
        let dates = ["2026-09-01", "2025-12-31", "2026-01-15", "2026-09-30"].compactMap { CalendarDate($0) }
        #expect(dates.sorted().map(\.description) == dates.map(\.description).sorted())
    }

    @Test("a year on from 29 February is 28 February; an age counts whole years")
    func arithmetic() throws {
        #expect(CalendarDate("2028-02-29").adding(years: 1) == CalendarDate("2029-02-28"))
        #expect(CalendarDate("2026-12-30").adding(days: 3) == CalendarDate("2027-01-02"))
        let born = try #require(CalendarDate("1990-09-02"))
        #expect(born.years(until: CalendarDate("2026-09-01")) == 35)
        #expect(born.years(until: CalendarDate("2026-09-02")) == 36)
    }

    @Test("JSON and SQLite hold the text; anything else is refused on the way in")
    func storage() throws {
        let date = try #require(CalendarDate("2026-09-01"))
        #expect(String(decoding: try JSONEncoder().encode([date]), as: UTF8.self) == #"["2026-09-01"]"#)
        #expect(try JSONDecoder().decode([CalendarDate].self, from: Data(#"["2026-09-01"]"#.utf8)) == [date])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([CalendarDate].self, from: Data(#"["566-1-1"]"#.utf8)) }
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (d TEXT)")
            try db.execute(sql: "INSERT INTO t VALUES (?)", arguments: [date])
            #expect(try String.fetchOne(db, sql: "SELECT d FROM t") == "2026-09-01")
            #expect(try CalendarDate.fetchOne(db, sql: "SELECT d FROM t") == date)
        }
    }
}
