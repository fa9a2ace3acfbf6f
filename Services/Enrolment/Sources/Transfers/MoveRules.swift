import EventContracts
import ServiceKit

/// Where a listener may move, as plain rules: a transfer to another stream within the year
/// (regulation 7.4.3), an interruption (7.4.4), and a return to study after it. A move goes to
/// a group of the same programme that is planned in a stream, still running and not full.
enum MoveRules {
    /// What the rules need to know of a group.
    struct Group: Equatable {
        var id: String
        var programmeCode: String
        var streamId: String?
        /// The calendar year of the group's stream.
        var year: Int?
        var completed: Bool
        var freePlaces: Int
    }

    enum Refusal: RuleRefusal {
        /// Only a listener studying in a group leaves it.
        case notStudying(Listener.Status)
        /// A listener leaves a group by order only after the order that placed them there.
        case notPlacedByOrder
        /// The course of the group left has ended.
        case courseEnded
        /// Only the same programme's groups continue the same course.
        case otherProgramme
        /// A group enrolment opened by itself, before groups were planned in streams.
        case notPlanned
        /// The group moved to has ended its course.
        case completed
        case full
        /// 7.4.3: a transfer is to another stream.
        case sameStream
        /// 7.4.3: within the current calendar year.
        case outsideYear(Int)
        /// 7.4.4: the course resumes in another group than the one left.
        case sameGroup
        /// Only an interrupted course resumes.
        case notInterrupted
        /// 7.4.4: the reinstatement follows the interruption.
        case beforeInterruption
        /// 7.4.4: the modules kept are the programme's.
        case notAModule(index: Int)
        /// The group named to move into does not exist.
        case unknownGroup

        /// A transfer's refusals rest on 7.4.3 and a resumption's on 7.4.4; those that both
        /// share (the group moved to) are named by the first.
        var clause: String? {
            switch self {
            case .sameStream, .outsideYear: "7.4.3"
            case .sameGroup, .notInterrupted, .beforeInterruption, .notAModule: "7.4.4"
            case .notPlacedByOrder: "4.3"
            case .notStudying, .courseEnded, .otherProgramme, .notPlanned, .completed, .full, .unknownGroup: "7.4.3"
            }
        }
    }

    /// Why a listener may not leave their group by a transfer or an interruption.
    static func leavingRefusals(status: Listener.Status, placedByOrder: Bool, groupCompleted: Bool) -> [Refusal] {
        guard status == .studying else { return [.notStudying(status)] }
        if !placedByOrder { return [.notPlacedByOrder] }
        if groupCompleted { return [.courseEnded] }
        return []
    }

    /// 7.4.3: from `from` to `to`, in the calendar year `year`.
    static func transferRefusals(from: Group, to: Group, year: Int) -> [Refusal] {
        var refusals = destinationRefusals(to, programmeCode: from.programmeCode)
        if to.streamId != nil, to.streamId == from.streamId { refusals.append(.sameStream) }
        if let toYear = to.year, toYear != year || from.year != year { refusals.append(.outsideYear(year)) }
        return refusals
    }

    /// 7.4.4: a listener of `programmeCode` who left `left` resumes in `to` on `date`, after
    /// interrupting on `interruptedOn`.
    static func resumptionRefusals(left: String, to: Group, programmeCode: String, date: CalendarDate,
                                   interruptedOn: CalendarDate) -> [Refusal] {
        var refusals = destinationRefusals(to, programmeCode: programmeCode)
        if left == to.id { refusals.append(.sameGroup) }
        if date < interruptedOn { refusals.append(.beforeInterruption) }
        return refusals
    }

    /// 7.4.4: the modules completed must be the programme's.
    static func moduleRefusals(_ completed: [String], programmeModules: [String]) -> [Refusal] {
        completed.enumerated().compactMap { index, name in programmeModules.contains(name) ? nil : .notAModule(index: index) }
    }

    private static func destinationRefusals(_ to: Group, programmeCode: String) -> [Refusal] {
        var refusals: [Refusal] = []
        if to.programmeCode != programmeCode { refusals.append(.otherProgramme) }
        if to.streamId == nil { refusals.append(.notPlanned) }
        if to.completed { refusals.append(.completed) }
        if to.freePlaces <= 0 { refusals.append(.full) }
        return refusals
    }
}
