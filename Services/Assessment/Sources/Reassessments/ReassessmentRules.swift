import EventContracts
import ServiceKit

/// Reassessment (7.4.1–7.4.2): a listener who failed may be assessed again once within a year
/// of the failed attempt, or with the next stream of the same course. Nothing else opens one.
enum ReassessmentRules {
    typealias Kind = ListenerFailed.Reassessment.Kind

    /// What the rules look at: the listener's attempts, first first, the group their last
    /// attempt was taken with, and the programme's groups whose streams are known.
    struct History: Sendable {
        var listener: AssessedListener
        var attempts: [Attempt]
        var lastGroup: AssessedGroup?
        var programmeGroups: [AssessedGroup]
        var today: CalendarDate
    }

    enum Refusal: RuleRefusal {
        case expelled(on: CalendarDate)
        /// Only a listener whose last attempt failed is reassessed…
        case notFailed(FinalResult?)
        /// …and not while a reassessment is being taken.
        case alreadyOpen(opened: CalendarDate)
        /// 7.4.1: the year after the failed attempt is over.
        case yearOver(since: CalendarDate)
        /// 7.4.1: at most once a year; the last was opened on that day.
        case oncePerYear(last: CalendarDate)
        /// 7.4.2: with the next stream, a group of it is named…
        case groupNeeded
        /// …that assessment knows, of the same programme…
        case unknownGroup
        case otherProgramme
        /// …and of the stream that comes next after the failed attempt's group.
        case notTheNextStream(next: CalendarDate?)

        var clause: String? {
            switch self {
            case .expelled: "7.5"
            case .notFailed, .alreadyOpen, .yearOver, .oncePerYear: "7.4.1"
            case .groupNeeded, .unknownGroup, .otherProgramme, .notTheNextStream: "7.4.2"
            }
        }
    }

    /// Why a reassessment of `kind` (with `group`, for the next stream) may not be opened.
    static func refusals(_ kind: Kind, with group: AssessedGroup?, groupNamed: Bool, in history: History) -> [Refusal] {
        if let day = history.listener.expelledOn { return [.expelled(on: day)] }
        if let last = history.attempts.last, last.number > 1, !last.isDecided { return [.alreadyOpen(opened: last.openedOn)] }
        guard let last = history.attempts.last, last.result == .failed, let failedOn = last.decidedOn else {
            return [.notFailed(history.attempts.last?.result)]
        }
        switch kind {
        case .withinAYear:
            if history.today > failedOn.adding(years: 1) { return [.yearOver(since: failedOn)] }
            if let previous = lastWithinAYear(history) { return [.oncePerYear(last: previous)] }
            return []
        case .nextStream:
            guard groupNamed else { return [.groupNeeded] }
            guard let group else { return [.unknownGroup] }
            guard group.programmeCode == history.listener.programmeCode else { return [.otherProgramme] }
            let next = nextStreamStart(after: history.lastGroup, failedOn: failedOn, in: history.programmeGroups, today: history.today)
            return group.startsOn != nil && group.startsOn == next && isStillOpen(group, today: history.today)
                ? [] : [.notTheNextStream(next: next)]
        }
    }

    /// The reassessments still open to a listener whose last attempt has just failed.
    static func options(in history: History) -> [ListenerFailed.Reassessment] {
        guard let failedOn = history.attempts.last?.decidedOn else { return [] }
        var options: [ListenerFailed.Reassessment] = []
        if lastWithinAYear(history) == nil { options.append(.init(kind: .withinAYear, until: failedOn.adding(years: 1))) }
        options.append(.init(kind: .nextStream, until: nil))
        return options
    }

    /// The day a reassessment within a year was last opened, if it lies in the year before today.
    private static func lastWithinAYear(_ history: History) -> CalendarDate? {
        history.attempts.last { $0.kind == .withinAYear && $0.openedOn.adding(years: 1) > history.today }?.openedOn
    }

    /// The first day of the stream that follows the failed attempt's: the earliest start, after
    /// that group's start (or, for a group of unknown dates, after the failure), of the
    /// programme's groups still open, that is neither completed nor over by `today`. A stream
    /// that ended before the listener could join it is not the one they are reassessed with.
    static func nextStreamStart(after group: AssessedGroup?, failedOn: CalendarDate, in groups: [AssessedGroup],
                                today: CalendarDate) -> CalendarDate? {
        let after = group?.startsOn ?? failedOn
        return groups.filter { isStillOpen($0, today: today) }.compactMap(\.startsOn).filter { $0 > after }.min()
    }

    static func isStillOpen(_ group: AssessedGroup, today: CalendarDate) -> Bool {
        group.completedOn == nil && (group.endsOn.map { $0 >= today } ?? true)
    }
}
