import EventContracts
import ServiceKit

/// Who reviews a programme, and when: its own leader (4.7) or the office, on a day not in the future.
enum MonitoringRules {
    enum Refusal: RuleRefusal {
        case anotherLeadersProgramme
        case inTheFuture(today: CalendarDate)

        var clause: String? {
            switch self {
            case .anotherLeadersProgramme: "4.7"
            case .inTheFuture: "8.4.4"
            }
        }
    }

    /// A programme's evidence and reviews name the teachers it certified: a programme leader
    /// reads those of their own programmes only (4.7), as they do its plans.
    static func checkReads(_ programme: FollowedProgramme, _ caller: Identity) throws(Refusal) {
        if !PlanRules.mayLead(programme, caller) { throw .anotherLeadersProgramme }
    }

    static func refusals(reviewing programme: FollowedProgramme, on day: CalendarDate, by caller: Identity,
                         today: CalendarDate) -> [Refusal] {
        if !PlanRules.mayLead(programme, caller) { return [.anotherLeadersProgramme] }
        return day > today ? [.inTheFuture(today: today)] : []
    }
}

extension MonitoringRules.Refusal: ExplainedRefusal {
    var forbidsTheCaller: Bool { self == .anotherLeadersProgramme }

    var field: String? {
        switch self {
        case .inTheFuture: "reviewedOn"
        case .anotherLeadersProgramme: nil
        }
    }

    var code: String {
        switch self {
        case .anotherLeadersProgramme: "programme-of-another-leader"
        case .inTheFuture: "validation"
        }
    }

    var message: Localized {
        switch self {
        case .anotherLeadersProgramme:
            Localized(kk: "Бұл басқа жетекшінің бағдарламасы (4.7-т.)", ru: "Это программа другого руководителя (п. 4.7)",
                      en: "This programme is another leader's (4.7)")
        case .inTheFuture(let today): .notAfterToday(today)
        }
    }
}
