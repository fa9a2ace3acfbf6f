import Foundation

/// Plain dates of the academic calendar (`yyyy-MM-dd`), always in UTC so that a date never
/// shifts with the server's time zone.
public enum CalendarDate {
    public static var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }

    public static func string(from date: Date) -> String {
        string(from: date, in: calendar.timeZone)
    }

    /// The day `date` falls on in `timeZone`: on the centre's wall calendar, say.
    public static func string(from date: Date, in timeZone: TimeZone) -> String {
        var calendar = calendar
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }

    public static func date(from string: String) -> Date? {
        let parts = string.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, string.count == 10 else { return nil }
        let components = DateComponents(year: parts[0], month: parts[1], day: parts[2])
        guard let date = calendar.date(from: components),
              calendar.dateComponents([.year, .month, .day], from: date) == components,
              // Exactly `yyyy-MM-dd`: such dates compare correctly as text, and the year is the first four characters.
              CalendarDate.string(from: date) == string else { return nil }
        return date
    }
}
