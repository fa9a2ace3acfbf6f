import EventContracts
import Foundation
import ServiceKit

/// A stream as staff plan it: within one calendar year (4.4, 7.4.3).
struct StreamForm: Form {
    var code: String?
    var startsOn: String?
    var endsOn: String?

    func read(_ check: inout FieldValidator) -> (code: String, dates: ClosedRange<CalendarDate>)? {
        let code = check.programmeCode(code, "code")
        let startsOn = check.date(startsOn, "startsOn")
        let endsOn = check.date(endsOn, "endsOn")
        guard let code, let startsOn, let endsOn else { return nil }
        if endsOn < startsOn { check.add("endsOn", .endsBeforeItStarts); return nil }
        if endsOn.year != startsOn.year { check.add("endsOn", ScheduleText.oneYear); return nil }
        return (code, startsOn...endsOn)
    }
}

/// A group planned in a stream (4.2, 4.4): programme, language, form and capacity.
struct GroupForm: Form {
    var code: String?
    var streamId: String?
    var programmeCode: String?
    var language: String?
    var form: String?
    var capacity: Int?

    struct Valid: Sendable {
        var code, streamId, programmeCode: String
        var language: Language
        var form: StudyForm
        var capacity: Int
    }

    func read(_ check: inout FieldValidator) -> Valid? {
        let code = check.programmeCode(code, "code")
        let streamId = check.identifier(streamId, "streamId")
        let programmeCode = check.programmeCode(programmeCode, "programmeCode", description: "An approved programme's")
        let language = check.choice(language, "language", Language.self, description: "The language of instruction")
        let form = check.choice(form, "form", StudyForm.self)
        let capacity = check.integer(capacity, "capacity", in: 1...500)
        guard let code, let streamId, let programmeCode, let language, let form, let capacity else { return nil }
        return Valid(code: code, streamId: streamId, programmeCode: programmeCode, language: language, form: form, capacity: capacity)
    }
}

/// A group's whole timetable, replaced at once.
struct TimetableForm: Form {
    var sessions: [SessionForm]?

    struct SessionForm: FormPart {
        var date: String?
        var startsAt: String?
        var academicHours: Int?
        var topic: String?
    }

    /// Each session under `sessions[i].`; the timetable's rules over them all are the
    /// operation's, once the stream and the programme are known.
    func read(_ check: inout FieldValidator) -> [(entry: TimetableRules.Entry, topic: String)]? {
        check.each(sessions, "sessions", maximum: 1000) { check, form, _ -> (entry: TimetableRules.Entry, topic: String)? in
            let date = check.date(form.date, "date")
            let startsAt = check.read("startsAt", form.startsAt, schema: .string(description: "HH:mm, local time",
                                                                                  pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$")) { time in
                TimetableRules.minutes(time).map(FieldReading.good) ?? .bad(ScheduleText.notATime)
            }
            let hours = check.integer(form.academicHours, "academicHours", in: 1...12, description: "Academic hours of 50 minutes")
            let topic = check.text(form.topic, "topic", limit: 500)
            guard let date, let startsAt, let hours, let topic else { return nil }
            return (TimetableRules.Entry(date: date, startsAt: startsAt, academicHours: hours), topic)
        }
    }
}

/// Which streams to list.
struct StreamFilter: Form {
    var year: String?

    struct Valid { var year: Int? }

    func read(_ check: inout FieldValidator) -> Valid? {
        let year = check.integer(text: year, "year", in: 2000...2099, description: "Only this calendar year's streams")
        return check.isValid ? Valid(year: year) : nil
    }
}

/// Which groups to list.
struct GroupFilter: Form {
    var streamId: String?

    struct Valid { var streamId: String? }

    func read(_ check: inout FieldValidator) -> Valid? {
        let streamId = check.optionalIdentifier(streamId, "streamId", description: "Only this stream's groups")
        return check.isValid ? Valid(streamId: streamId) : nil
    }
}
