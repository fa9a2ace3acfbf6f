/// The programme rules of regulation 4.9, as plain values.
enum AcademicHour {
    /// One academic hour is 50 minutes (4.9).
    static let minutes = 50
}

extension Programme.Kind {
    /// Whether a programme of `hours` academic hours is of this kind (4.9): a short course is
    /// 36 to 108 hours, a long one over 108, an internship at least 36.
    func admits(hours: Int) -> Bool {
        switch self {
        case .short: (36...108).contains(hours)
        case .long: hours > 108
        case .internship: hours >= 36
        }
    }
}

/// What can be wrong with a programme as a whole, beyond its single fields.
enum ProgrammeProblem: Equatable {
    /// The modules' hours add up to `sum`, not to the programme's `hours`.
    case moduleHoursDoNotAddUp(sum: Int, hours: Int)
    case kindDoesNotFitHours(Programme.Kind, hours: Int)
}

extension Programme {
    /// The rules a programme must keep to be saved, even as a draft: a draft that breaks them
    /// would only be refused later, at approval, when it is harder to mend.
    static func problems(hours: Int, kind: Kind, modules: [Module]) -> [ProgrammeProblem] {
        var problems: [ProgrammeProblem] = []
        let sum = modules.reduce(0) { $0 + $1.hours }
        if sum != hours { problems.append(.moduleHoursDoNotAddUp(sum: sum, hours: hours)) }
        if !kind.admits(hours: hours) { problems.append(.kindDoesNotFitHours(kind, hours: hours)) }
        return problems
    }
}
