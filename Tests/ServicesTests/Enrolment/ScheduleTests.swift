@testable import EnrolmentService
import Foundation
import Hummingbird
import HummingbirdTesting
import ServiceKit
import Testing

@Suite("The annual schedule: streams, groups, timetables (4.4)")
struct ScheduleTests {
    @Test("an academic hour is 50 minutes: a session ends that many minutes per hour after it starts")
    func sessionEnds() {
        let session = Session(id: "s", groupId: "g", date: "2026-09-07", startsAt: "09:00", academicHours: 4, topic: "T")
        #expect(session.endsAt == "12:20")
    }

    @Test("dates are exactly yyyy-MM-dd of a plausible year: a stream in the year 566 is a typo",
          arguments: [("2026-09-07", true), ("2026-9-07", false), ("1-01-00001", false), ("2026-02-30", false), ("0001-01-01", false),
                      ("0566-05-01", false), ("2099-12-31", true), ("2100-01-01", false), ("1999-12-31", false)])
    func dates(text: String, valid: Bool) {
        var check = FieldValidator()
        #expect((check.date(text, "d") != nil) == valid)
        #expect(check.isValid == valid)
    }

    @Test("hours beyond any course are refused before they are added up")
    func hugeHours() {
        var check = FieldValidator()
        #expect(check.hours(Int.max, "hours") == nil)
        #expect(check.hours(12, "academicHours", limit: 12) == 12)
        #expect(check.hours(13, "academicHours", limit: 12) == nil)
        #expect(check.errors.map(\.field) == ["hours", "academicHours"])
    }

    @Test("times of day are HH:mm", arguments: [("09:00", 540), ("23:59", 1439), ("24:00", nil), ("9:00", nil), ("09-00", nil)])
    func times(text: String, minutes: Int?) {
        #expect(Timetable.minutes(text) == minutes)
    }

    @Test("the sessions cover the programme's hours, within the stream, each within its day")
    func rules() {
        // 36 academic hours are 30 hours of the clock: no day holds them.
        let long = [Timetable.Entry(date: "2026-09-07", startsAt: "09:00", academicHours: 36),
                    Timetable.Entry(date: "2026-09-08", startsAt: "09:00", academicHours: 36)]
        #expect(Timetable.problems(long, programmeHours: 72, streamStartsOn: "2026-09-07", streamEndsOn: "2026-09-18")
                == [.pastMidnight(index: 0), .pastMidnight(index: 1)])
        let fitting = (0..<12).map { Timetable.Entry(date: "2026-09-\(String(format: "%02d", 7 + $0))", startsAt: "09:00", academicHours: 6) }
        #expect(Timetable.problems(fitting, programmeHours: 72, streamStartsOn: "2026-09-07", streamEndsOn: "2026-09-18").isEmpty)
        let bad = [Timetable.Entry(date: "2026-09-06", startsAt: "09:00", academicHours: 6),
                   Timetable.Entry(date: "2026-09-07", startsAt: "20:00", academicHours: 6)]
        #expect(Timetable.problems(bad, programmeHours: 72, streamStartsOn: "2026-09-07", streamEndsOn: "2026-09-18")
                == [.outsideStream(index: 0), .pastMidnight(index: 1), .hoursDoNotCoverProgramme(sum: 12, hours: 72)])
    }

    @Test("a stream is planned, a group of an approved programme opened in it, and its timetable set and read")
    func planAGroup() async throws {
        let harness = try await ServiceHarness(EnrolmentService.self)
        let planner = try await harness.token(.programmeLeader)
        let rector = try await harness.token(.rector)
        #expect(try await harness.send(.post, "/v1/programmes", ProgrammeRoutesTests.form(), token: planner).status == .created)

        let stream = try await harness.send(.post, "/v1/streams",
                                                         ["code": "2026-S3", "startsOn": "2026-09-07", "endsOn": "2026-09-18"], token: planner)
        #expect(stream.status == .created)
        let streamId = try stream.json(Stream.self).id
        let groupForm: [String: any Sendable] = ["code": "PD-2026-07-KK-1", "streamId": streamId, "programmeCode": "PD-2026-07",
                                                 "language": "kk", "form": "in-person", "capacity": 25]
        // Not before the programme is approved (4.8).
        let early = try await harness.send(.post, "/v1/groups", groupForm, token: planner)
        #expect(try early.problem().errors?.map(\.field) == ["programmeCode"])
        #expect(try await harness.send(.post, "/v1/programmes/PD-2026-07/approval", ProgrammeRoutesTests.approval,
                                                    token: rector).status == .ok)
        let opened = try await harness.send(.post, "/v1/groups", groupForm, token: planner)
        #expect(opened.status == .created)
        let group = try opened.json(StudyGroup.self)
        #expect(group.capacity == 25)
        #expect(group.language == "kk")

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
}
