@testable import EnrolmentService
import EventContracts
import Foundation
import Hummingbird
import HummingbirdTesting
import ServiceKit
import Testing

@Suite("The annual schedule: streams, groups, timetables (4.4)")
struct ScheduleTests {
    static func day(_ text: String) -> CalendarDate { CalendarDate(text)! }
    static let stream = day("2026-09-07")...day("2026-09-18")

    @Test("an academic hour is 50 minutes: a session ends that many minutes per hour after it starts")
    func sessionEnds() {
        let session = TimetableRules.Entry(date: Self.day("2026-09-07"), startsAt: TimetableRules.minutes("09:00")!, academicHours: 4)
        #expect(TimetableRules.time(session.endsAt) == "12:20")
    }

    @Test("hours beyond any course are refused before they are added up")
    func hugeHours() {
        var check = FieldValidator(today: Self.day("2026-09-01"))
        #expect(check.integer(Int.max, "hours", in: 1...ProgrammeForm.hourLimit) == nil)
        #expect(check.integer(12, "academicHours", in: 1...12) == 12)
        #expect(check.integer(13, "academicHours", in: 1...12) == nil)
        #expect(check.errors.map(\.field) == ["hours", "academicHours"])
    }

    @Test("times of day are HH:mm", arguments: [("09:00", 540), ("23:59", 1439), ("24:00", nil), ("9:00", nil), ("09-00", nil)])
    func times(text: String, minutes: Int?) {
        #expect(TimetableRules.minutes(text) == minutes)
    }

    static func entry(_ date: String, _ time: String, _ hours: Int) -> TimetableRules.Entry {
        TimetableRules.Entry(date: day(date), startsAt: TimetableRules.minutes(time)!, academicHours: hours)
    }

    @Test("the sessions cover the programme's hours, within the stream, each within its day")
    func rules() {
        // 36 academic hours are 30 hours of the clock: no day holds them.
        let long = [Self.entry("2026-09-07", "09:00", 36), Self.entry("2026-09-08", "09:00", 36)]
        #expect(TimetableRules.problems(long, programmeHours: 72, stream: Self.stream) == [.pastMidnight(index: 0), .pastMidnight(index: 1)])
        let fitting = (0..<12).map { Self.entry("2026-09-\(String(format: "%02d", 7 + $0))", "09:00", 6) }
        #expect(TimetableRules.problems(fitting, programmeHours: 72, stream: Self.stream).isEmpty)
        let bad = [Self.entry("2026-09-06", "09:00", 6), Self.entry("2026-09-07", "20:00", 6)]
        #expect(TimetableRules.problems(bad, programmeHours: 72, stream: Self.stream)
                == [.outsideStream(index: 0), .pastMidnight(index: 1), .hoursDoNotCoverProgramme(sum: 12, hours: 72)])
    }

    @Test("a stream is planned, a group of an approved programme opened in it, and its timetable set and read")
    func planAGroup() async throws {
        let harness = try await ServiceHarness(EnrolmentService.self)
        let planner = try await harness.token(.programmeLeader)
        let rector = try await harness.token(.rector)
        #expect(try await harness.send(.post, "/v1/programmes", EnrolmentFixtures.programme(), token: planner).status == .created)

        let stream = try await harness.send(.post, "/v1/streams",
                                                         ["code": "2026-S3", "startsOn": "2026-09-07", "endsOn": "2026-09-18"], token: planner)
        #expect(stream.status == .created)
        let streamId = try stream.json(Stream.self).id
        let groupForm: [String: any Sendable] = ["code": "PD-2026-07-KK-1", "streamId": streamId, "programmeCode": "PD-2026-07",
                                                 "language": "kk", "form": "in-person", "capacity": 25]
        // Not before the programme is approved (4.8).
        let early = try await harness.send(.post, "/v1/groups", groupForm, token: planner)
        #expect(try early.problem().errors?.map(\.field) == ["programmeCode"])
        #expect(try await harness.send(.post, "/v1/programmes/PD-2026-07/approval", EnrolmentFixtures.approval,
                                                    token: rector).status == .ok)
        let opened = try await harness.send(.post, "/v1/groups", groupForm, token: planner)
        #expect(opened.status == .created)
        let group = try opened.json(StudyGroup.self)
        #expect(group.capacity == 25)
        #expect(group.language == .kk)

        // A day before the stream is outside it; 6 hours from 20:00 run past midnight; 12 hours are not 72.
        let short: [String: any Sendable] = ["sessions": [
            ["date": "2026-09-06", "startsAt": "09:00", "academicHours": 6, "topic": "Opening"] as [String: any Sendable],
            ["date": "2026-09-07", "startsAt": "20:00", "academicHours": 6, "topic": "Late"] as [String: any Sendable],
        ]]
        let refused = try await harness.send(.put, "/v1/groups/\(group.id)/timetable", short, token: planner)
        let problems = try #require(try refused.problem().errors)
        #expect(problems.map(\.field) == ["sessions[0].date", "sessions[1].startsAt", "sessions"])
        #expect(problems.last?.message == "Занятия дают 12 часов, а в программе 72 часа")

        let days = (0..<12).map { day -> [String: any Sendable] in
            ["date": "2026-09-\(String(format: "%02d", 7 + day))", "startsAt": "09:00", "academicHours": 6, "topic": "Day \(day + 1)"]
        }
        let set = try await harness.send(.put, "/v1/groups/\(group.id)/timetable", ["sessions": days], token: planner)
        #expect(set.status == .ok)
        let timetable = try await harness.send(.get, "/v1/groups/\(group.id)/timetable",
                                                            token: try await harness.token(.trainer))
        let view = try timetable.json(TimetableView.self)
        #expect(view.academicHours == 72)
        #expect(view.sessions.first?.endsAt == "14:00")
        let listed = try await harness.send(.get, "/v1/groups?streamId=\(streamId)", token: rector)
        #expect(try listed.json([StudyGroup].self).map(\.code) == ["PD-2026-07-KK-1"])
    }

    @Test("a stream lies within one calendar year and ends after it starts")
    func streamDates() async throws {
        let harness = try await ServiceHarness(EnrolmentService.self)
        let token = try await harness.token(.operator)
        let across = try await harness.send(.post, "/v1/streams",
                                                         ["code": "S", "startsOn": "2026-12-20", "endsOn": "2027-01-10"], token: token)
        #expect(try across.problem().errors?.map(\.field) == ["endsOn"])
        let backwards = try await harness.send(.post, "/v1/streams",
                                                            ["code": "S", "startsOn": "2026-09-10", "endsOn": "2026-09-01"], token: token)
        #expect(try backwards.problem().errors?.map(\.field) == ["endsOn"])
    }

    @Test("an unreadable filter is refused by name, not ignored")
    func filters() async throws {
        let harness = try await ServiceHarness(EnrolmentService.self)
        let token = try await harness.token(.operator)
        #expect(try await harness.send(.post, "/v1/streams", ["code": "2026-S3", "startsOn": "2026-09-07", "endsOn": "2026-09-18"],
                                       token: token).status == .created)
        #expect(try await harness.send(.get, "/v1/streams?year=2026", token: token).jsonCount() == 1)
        #expect(try await harness.send(.get, "/v1/streams?year=2025", token: token).jsonCount() == 0)
        for query in ["year=abc", "year=566", "yaer=2026"] {
            let refused = try await harness.send(.get, "/v1/streams?\(query)", token: token)
            #expect(refused.status == .unprocessableContent, "\(query)")
            #expect(try refused.problem().errors?.map(\.field) == [String(query.prefix { $0 != "=" })])
        }
        let stream566 = try await harness.send(.post, "/v1/streams", ["code": "S566", "startsOn": "0566-05-01", "endsOn": "0566-05-20"],
                                               token: token)
        #expect(try stream566.problem().errors?.map(\.field) == ["startsOn", "endsOn"])
    }
}
