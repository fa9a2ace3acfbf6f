/// Where a listener may move, as plain rules: a transfer to another stream within the year
/// (regulation 7.4.3), and a return to study after an interruption (7.4.4). Both go to a group
/// of the same programme that is planned in a stream, still running and not full.
enum MoveRules {
    /// What the rules need to know of a group.
    struct Group: Equatable {
        var programmeCode: String
        var streamId: String?
        /// The calendar year of the group's stream.
        var year: Int?
        var completed: Bool
        var freePlaces: Int
    }

    enum Refusal: Equatable, Error {
        /// Only the same programme's groups continue the same course.
        case otherProgramme
        /// A group enrolment opened by itself, before groups were planned in streams.
        case notPlanned
        case completed
        case full
        /// 7.4.3: a transfer is to another stream.
        case sameStream
        /// 7.4.3: within the current calendar year.
        case outsideYear(Int)
        /// 7.4.4: the course resumes in another group than the one left.
        case sameGroup
    }

    /// 7.4.3: from `from` to `to`, in the calendar year `year`.
    static func transferRefusals(from: Group, to: Group, year: Int) -> [Refusal] {
        var refusals = destinationRefusals(to, programmeCode: from.programmeCode)
        if to.streamId != nil, to.streamId == from.streamId { refusals.append(.sameStream) }
        if let toYear = to.year, toYear != year || from.year != year { refusals.append(.outsideYear(year)) }
        return refusals
    }

    /// 7.4.4: a listener of `programmeCode` who left `left` resumes in `to`, whenever that is.
    static func resumptionRefusals(left: String, to: String, group: Group, programmeCode: String) -> [Refusal] {
        destinationRefusals(group, programmeCode: programmeCode) + (left == to ? [.sameGroup] : [])
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
