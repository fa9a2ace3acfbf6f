import EventContracts
import ServiceKit

/// The rules of an admission order (4.3, 6.8), as plain values.
enum OrderRules {
    enum Refusal: RuleRefusal {
        /// 4.8: only an approved programme is taught.
        case programmeNotApproved
        /// Everyone studying in the group is named in an order already.
        case noListeners
        /// The course's dates lie within its stream's (4.4).
        case outsideStream(field: String, stream: ClosedRange<CalendarDate>)
        /// A group planned without a stream has no dates of its own: the order names them.
        case datesRequired(field: String)
        case endsBeforeItStarts
        /// 6.8: budget listeners' admission rests on the education authorities' letters.
        case budgetNeedsLetters

        var clause: String? {
            switch self {
            case .programmeNotApproved: "4.8"
            case .noListeners, .datesRequired, .endsBeforeItStarts: "4.3"
            case .outsideStream: "4.4"
            case .budgetNeedsLetters: "6.8"
            }
        }
    }

    /// The course's dates: the stream's, unless the order names its own within them; or why
    /// there are none.
    static func courseDates(startsOn: CalendarDate?, endsOn: CalendarDate?, stream: ClosedRange<CalendarDate>?)
        -> (dates: ClosedRange<CalendarDate>?, refusals: [Refusal]) {
        var refusals: [Refusal] = []
        if let stream {
            for (field, date) in [("startsOn", startsOn), ("endsOn", endsOn)] {
                if let date, !stream.contains(date) { refusals.append(.outsideStream(field: field, stream: stream)) }
            }
        } else {
            if startsOn == nil { refusals.append(.datesRequired(field: "startsOn")) }
            if endsOn == nil { refusals.append(.datesRequired(field: "endsOn")) }
        }
        guard refusals.isEmpty, let first = startsOn ?? stream?.lowerBound, let last = endsOn ?? stream?.upperBound else {
            return (nil, refusals)
        }
        guard first <= last else { return (nil, [.endsBeforeItStarts]) }
        return (first...last, [])
    }

    /// Refusals of an admission order for `listeners`, given the letters it rests on.
    static func admissionRefusals(programmeApproved: Bool, listeners: [Listener], authorityLetters: [String]) -> [Refusal] {
        if !programmeApproved { return [.programmeNotApproved] }
        if listeners.isEmpty { return [.noListeners] }
        if listeners.contains(where: { $0.funding == .budget }) && authorityLetters.isEmpty { return [.budgetNeedsLetters] }
        return []
    }
}
