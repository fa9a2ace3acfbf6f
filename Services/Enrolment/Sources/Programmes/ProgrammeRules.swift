import ServiceKit

/// The programme rules of regulation 4.7–4.9, as plain values.
enum ProgrammeRules {
    /// One academic hour is 50 minutes (4.9).
    static let academicHourMinutes = 50

    /// What can be wrong with a programme as a whole, beyond its single fields. Kept even by a
    /// draft: a draft that breaks them would only be refused later, at approval, when it is
    /// harder to mend.
    enum Problem: Equatable {
        /// The modules' hours add up to `sum`, not to the programme's `hours` (2.12, 2.15).
        case moduleHoursDoNotAddUp(sum: Int, hours: Int)
        /// 4.9: the hours do not fit the kind of course.
        case kindDoesNotFitHours(Programme.Kind, hours: Int)
    }

    static func problems(hours: Int, kind: Programme.Kind, modules: [Programme.Module]) -> [Problem] {
        var problems: [Problem] = []
        let sum = modules.reduce(0) { $0 + $1.hours }
        if sum != hours { problems.append(.moduleHoursDoNotAddUp(sum: sum, hours: hours)) }
        if !kind.admits(hours: hours) { problems.append(.kindDoesNotFitHours(kind, hours: hours)) }
        return problems
    }

    /// Why a programme's life may not take the step asked for (4.7, 4.8).
    enum Refusal: RuleRefusal {
        /// The code is another programme's.
        case codeTaken
        /// Only a draft is rewritten or approved; an approved programme is revised as a new draft.
        case notADraft
        /// Only an approved programme is retired.
        case notApproved
        /// 4.7: a programme is its leader's work; another leader may not rewrite it.
        case anotherLeadersWork

        /// A code is the system's own key: no clause speaks of it.
        var clause: String? {
            switch self {
            case .codeTaken: nil
            case .notADraft, .notApproved: "4.8"
            case .anotherLeadersWork: "4.7"
            }
        }
    }

    /// A draft is rewritten by its author; a programme leader may not rewrite another's (4.7),
    /// and what is approved or retired is no longer a draft (4.8).
    static func rewriting(_ programme: Programme, by author: Identity) -> [Refusal] {
        if author.role == .programmeLeader && author.subject != programme.authorId { return [.anotherLeadersWork] }
        return programme.status == .draft ? [] : [.notADraft]
    }

    /// Only a draft is approved (4.8).
    static func approving(_ programme: Programme) -> [Refusal] {
        programme.status == .draft ? [] : [.notADraft]
    }

    /// Only an approved programme is retired.
    static func retiring(_ programme: Programme) -> [Refusal] {
        programme.status == .approved ? [] : [.notApproved]
    }
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
