import EventContracts
import Foundation
import GRDB
import Hummingbird
import ServiceKit
import Storage

/// Planning the annual schedule (4.4): streams, the groups planned in them (whom forming then
/// places, 4.2), and each group's timetable.
enum Schedule {
    static func plan(stream code: String, dates: ClosedRange<CalendarDate>, in db: Database) throws -> Stream {
        guard try Stream.filter(Column("code") == code).fetchCount(db) == 0 else { throw ScheduleRules.Refusal.streamCodeTaken }
        let stream = Stream(id: RecordID.new(), code: code, year: dates.lowerBound.year, startsOn: dates.lowerBound,
                            endsOn: dates.upperBound, createdAt: Date())
        try stream.insert(db)
        return stream
    }

    /// Plans a group; whoever waits for its programme and language is placed in it (4.2).
    static func plan(group form: GroupForm.Valid, _ environment: ServiceEnvironment, in db: Database) throws -> StudyGroup {
        var refusals: [ScheduleRules.Refusal] = []
        if try Stream.fetchOne(db, key: form.streamId) == nil { refusals.append(.unknownStream) }
        if try Programme.find(code: form.programmeCode, in: db)?.status != .approved { refusals.append(.programmeNotApproved) }
        if try StudyGroup.filter(Column("code") == form.code).fetchCount(db) > 0 { refusals.append(.groupCodeTaken) }
        try Refusals.check(refusals)
        let group = StudyGroup(id: RecordID.new(), code: form.code, programmeCode: form.programmeCode, createdAt: Date(),
                               streamId: form.streamId, language: form.language, form: form.form, capacity: form.capacity)
        try group.insert(db)
        try Placement.fill(freedIn: group, cause: .request(), environment, in: db)
        return group
    }

    /// Replaces the group's timetable, if its sessions lie in its stream and give the programme's hours.
    static func replaceTimetable(of groupId: String, with sessions: [(entry: TimetableRules.Entry, topic: String)],
                                 in db: Database) throws -> TimetableView {
        let group = try StudyGroup.existing(groupId, in: db)
        guard let stream = try group.stream(in: db) else { throw ScheduleRules.Refusal.notPlannedInStream }
        let programme = try Programme.existing(code: group.programmeCode, in: db)
        try Refusals.check(TimetableRules.problems(sessions.map(\.entry), programmeHours: programme.hours, stream: stream.dates)
            .map(ScheduleRules.Refusal.timetable))
        try Session.filter(Column("groupId") == groupId).deleteAll(db)
        for (entry, topic) in sessions {
            try Session(id: RecordID.new(), groupId: groupId, date: entry.date, startsAt: TimetableRules.time(entry.startsAt),
                        academicHours: entry.academicHours, topic: topic).insert(db)
        }
        return try TimetableView(group: groupId, in: db)
    }
}

/// A group's sessions in order, with when each ends and the hours in all.
struct TimetableView: Codable, Sendable, ResponseEncodable {
    struct Entry: Codable, Sendable {
        var date: CalendarDate
        var startsAt: String
        var endsAt: String
        var academicHours: Int
        var topic: String
    }

    var groupId: String
    var sessions: [Entry]
    var academicHours: Int

    init(group id: String, in db: Database) throws {
        let sessions = try Session.of(group: id, in: db)
        groupId = id
        self.sessions = sessions.map { session in
            let start = TimetableRules.minutes(session.startsAt) ?? 0
            let end = TimetableRules.Entry(date: session.date, startsAt: start, academicHours: session.academicHours).endsAt
            return Entry(date: session.date, startsAt: session.startsAt, endsAt: TimetableRules.time(end),
                         academicHours: session.academicHours, topic: session.topic)
        }
        academicHours = sessions.reduce(0) { $0 + $1.academicHours }
    }
}
