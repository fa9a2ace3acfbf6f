import Foundation
import ServiceKit

/// A stream as staff plan it.
struct StreamForm: Codable, Sendable {
    var code: String?
    var startsOn: String?
    var endsOn: String?

    func validated() throws -> (code: String, year: Int, startsOn: String, endsOn: String) {
        var check = FieldValidator()
        let code = check.programmeCode(code, "code")
        let startsOn = check.dateText(startsOn, "startsOn")
        let endsOn = check.dateText(endsOn, "endsOn")
        if let startsOn, let endsOn {
            if endsOn < startsOn { check.add("endsOn", .endsBeforeItStarts) }
            else if endsOn.prefix(4) != startsOn.prefix(4) { check.add("endsOn", ScheduleText.oneYear) }
        }
        try check.validate()
        return (code!, Int(startsOn!.prefix(4))!, startsOn!, endsOn!)
    }
}

/// A group planned in a stream (4.2, 4.4): programme, language, form and capacity.
struct GroupForm: Codable, Sendable {
    var code: String?
    var streamId: String?
    var programmeCode: String?
    var language: String?
    var form: String?
    var capacity: Int?

    struct Valid {
        var code, streamId, programmeCode: String
        /// `kk`, `ru` or `en`
        var language: String
        var form: Programme.Form
        var capacity: Int
    }

    func validated() throws -> Valid {
        var check = FieldValidator()
        let code = check.programmeCode(code, "code")
        let streamId = check.text(streamId, "streamId", limit: 64)
        let programmeCode = check.programmeCode(programmeCode, "programmeCode")
        let language = check.choice(language, "language", GroupLanguage.self)
        let form = check.choice(form, "form", Programme.Form.self)
        if let capacity, capacity <= 0 { check.add("capacity", ScheduleText.positiveCapacity) }
        if capacity == nil { check.add("capacity", .required) }
        try check.validate()
        return Valid(code: code!, streamId: streamId!, programmeCode: programmeCode!,
                     language: language!.rawValue, form: form!, capacity: capacity!)
    }
}

/// The languages groups are taught in: those intake accepts candidates in.
enum GroupLanguage: String, CaseIterable {
    case kk, ru, en
}

/// A group's whole timetable, replaced at once.
struct TimetableForm: Codable, Sendable {
    var sessions: [SessionForm]?

    struct SessionForm: Codable, Sendable {
        var date: String?
        var startsAt: String?
        var academicHours: Int?
        var topic: String?
    }

    /// Each session under `sessions[i].`; then the timetable's rules, each problem named by
    /// the session it is about, or by `sessions` for the hours as a whole.
    func validated(programmeHours: Int, stream: Stream) throws -> [(entry: Timetable.Entry, topic: String)] {
        var check = FieldValidator()
        var sessions: [(entry: Timetable.Entry, topic: String)] = []
        let forms = self.sessions ?? []
        if forms.isEmpty { check.add("sessions", ProgrammeText.atLeastOne) }
        for (index, form) in forms.enumerated() {
            let session = check.nested("sessions[\(index)]") { check -> (entry: Timetable.Entry, topic: String)? in
                let date = check.dateText(form.date, "date")
                var startsAt: String?
                if let time = form.startsAt, Timetable.minutes(time) != nil { startsAt = time }
                else { check.add("startsAt", form.startsAt == nil ? .required : ScheduleText.notATime) }
                let hours = check.hours(form.academicHours, "academicHours", limit: 12)
                let topic = check.text(form.topic, "topic", limit: 500)
                guard let date, let startsAt, let hours, let topic else { return nil }
                return (Timetable.Entry(date: date, startsAt: startsAt, academicHours: hours), topic)
            }
            if let session { sessions.append(session) }
        }
        if check.isValid {
            for problem in Timetable.problems(sessions.map(\.entry), programmeHours: programmeHours,
                                              streamStartsOn: stream.startsOn, streamEndsOn: stream.endsOn) {
                switch problem {
                case .outsideStream(let index): check.add("sessions[\(index)].date", ScheduleText.message(for: problem))
                case .pastMidnight(let index): check.add("sessions[\(index)].startsAt", ScheduleText.message(for: problem))
                case .hoursDoNotCoverProgramme: check.add("sessions", ScheduleText.message(for: problem))
                }
            }
        }
        try check.validate()
        return sessions
    }
}
