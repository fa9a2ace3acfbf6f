import EventContracts

/// The timetable rules of regulation 4.4 and 4.9, as plain values: a group's sessions fall
/// within its stream's dates, each within one day, and together they give the programme's
/// academic hours.
enum TimetableRules {
    enum Problem: Equatable {
        /// The sessions add up to `sum` academic hours; the programme has `hours`.
        case hoursDoNotCoverProgramme(sum: Int, hours: Int)
        /// Session `index` is outside the stream's dates.
        case outsideStream(index: Int)
        /// Session `index` would run past midnight.
        case pastMidnight(index: Int)
    }

    struct Entry: Equatable {
        var date: CalendarDate
        /// Minutes since midnight.
        var startsAt: Int
        var academicHours: Int

        /// Minutes since midnight when the session ends.
        var endsAt: Int { startsAt + academicHours * ProgrammeRules.academicHourMinutes }
    }

    /// Minutes since midnight of `HH:mm`, or nil if it is not a time of day.
    static func minutes(_ time: String) -> Int? {
        let parts = time.split(separator: ":")
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
              let hours = Int(parts[0]), let minutes = Int(parts[1]),
              (0..<24).contains(hours), (0..<60).contains(minutes) else { return nil }
        return hours * 60 + minutes
    }

    /// `HH:mm` of minutes since midnight.
    static func time(_ minutes: Int) -> String {
        String(format: "%02d:%02d", minutes / 60, minutes % 60)
    }

    static func problems(_ entries: [Entry], programmeHours: Int, stream: ClosedRange<CalendarDate>) -> [Problem] {
        var problems: [Problem] = []
        for (index, entry) in entries.enumerated() {
            if !stream.contains(entry.date) { problems.append(.outsideStream(index: index)) }
            if entry.endsAt > 24 * 60 { problems.append(.pastMidnight(index: index)) }
        }
        let sum = entries.reduce(0) { $0 + $1.academicHours }
        if sum != programmeHours { problems.append(.hoursDoNotCoverProgramme(sum: sum, hours: programmeHours)) }
        return problems
    }
}
