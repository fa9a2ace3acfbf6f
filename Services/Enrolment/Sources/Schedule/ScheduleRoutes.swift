import EventContracts
import Foundation
import GRDB
import Hummingbird
import OpenAPIKit
import ServiceKit

/// The annual schedule over HTTP (4.4): streams, the groups planned in them, and each group's
/// timetable.
enum ScheduleRoutes: APIRoutes {
    static let planStream = APIOperation(.post, "/v1/streams", "Plans a stream of the annual schedule (4.4), within one calendar year",
                                         roles: .planners, form: StreamForm.self, status: 201, response: .named("Stream"),
                                         refusals: [.invalid])
    static let streams = APIOperation(.get, "/v1/streams", "Streams by start, optionally of one year", roles: .teachingStaff,
                                      query: StreamFilter.self, response: .array(items: .named("Stream")))
    static let stream = APIOperation(.get, "/v1/streams/:id", "One stream", roles: .teachingStaff, response: .named("Stream"))
    static let planGroup = APIOperation(
        .post, "/v1/groups",
        "Plans a group of an approved programme in a stream, with its language, form and capacity; whoever waits for the programme in that language is placed in it (4.2)",
        roles: .planners, form: GroupForm.self, status: 201, response: .named("StudyGroup"), refusals: [.invalid])
    static let groups = APIOperation(.get, "/v1/groups", "Groups by code, optionally of one stream", roles: .teachingStaff,
                                     query: GroupFilter.self, response: .array(items: .named("StudyGroup")))
    static let group = APIOperation(.get, "/v1/groups/:id", "One study group", roles: .teachingStaff, response: .named("StudyGroup"))
    static let replaceTimetable = APIOperation(
        .put, "/v1/groups/:id/timetable",
        "Replaces the group's timetable: sessions of academic hours (50 minutes) within the stream's dates, covering the programme's hours",
        roles: .planners, form: TimetableForm.self, response: .named("Timetable"), refusals: [.invalid])
    static let timetable = APIOperation(.get, "/v1/groups/:id/timetable", "The group's timetable", roles: .teachingStaff,
                                        response: .named("Timetable"))

    static let operations = [planStream, streams, stream, planGroup, groups, group, replaceTimetable, timetable]

    static func add(to router: Router<AppRequestContext>, _ environment: ServiceEnvironment) {
        let database = environment.database

        router.on(planStream) { request, context -> EditedResponse<Stream> in
            let form = try await request.form(StreamForm.self, context: context)
            let stream = try await database.write { db in try Schedule.plan(stream: form.code, dates: form.dates, in: db) }
            return EditedResponse(status: .created, headers: [.location: "/v1/streams/\(stream.id)"], response: stream)
        }

        router.on(streams) { request, context -> [Stream] in
            let filter = try request.query(StreamFilter.self, context: context)
            return try await database.read { db in try Stream.list(year: filter.year, in: db) }
        }

        router.on(stream) { _, context -> Stream in
            let id = try context.parameter("id")
            return try await database.read { db in try Stream.existing(id, in: db) }
        }

        router.on(planGroup) { request, context -> EditedResponse<StudyGroup> in
            let form = try await request.form(GroupForm.self, context: context)
            let group = try await database.write { db in try Schedule.plan(group: form, environment, in: db) }
            return EditedResponse(status: .created, headers: [.location: "/v1/groups/\(group.id)"], response: group)
        }

        router.on(groups) { request, context -> [StudyGroup] in
            let filter = try request.query(GroupFilter.self, context: context)
            return try await database.read { db in try StudyGroup.list(streamId: filter.streamId, in: db) }
        }

        router.on(group) { _, context -> StudyGroup in
            let id = try context.parameter("id")
            return try await database.read { db in try StudyGroup.existing(id, in: db) }
        }

        router.on(replaceTimetable) { request, context -> TimetableView in
            let id = try context.parameter("id")
            let sessions = try await request.form(TimetableForm.self, context: context)
            return try await database.write { db in try Schedule.replaceTimetable(of: id, with: sessions, in: db) }
        }

        router.on(timetable) { _, context -> TimetableView in
            let id = try context.parameter("id")
            return try await database.read { db in
                _ = try StudyGroup.existing(id, in: db)
                return try TimetableView(group: id, in: db)
            }
        }
    }

    static let schemas: [String: JSONSchema] = [
        "Stream": .object([
            "id": .identifier, "code": .string, "year": .integer(2000...2099), "startsOn": .calendarDate, "endsOn": .calendarDate,
            "createdAt": .instant,
        ], required: ["id", "code", "year", "startsOn", "endsOn", "createdAt"]),
        "StudyGroup": .object([
            "id": .identifier, "code": .string, "programmeCode": .string, "streamId": .identifier, "language": .choice(Language.self),
            "form": .choice(StudyForm.self), "capacity": .integer(minimum: (1, exclusive: false)), "completedOn": .calendarDate, "createdAt": .instant,
        ], required: ["id", "code", "programmeCode", "createdAt"]),
        "Timetable": .object([
            "groupId": .identifier,
            "sessions": .array(items: .object([
                "date": .calendarDate, "startsAt": .string, "endsAt": .string, "academicHours": .integer(1...12), "topic": .string,
            ], required: ["date", "startsAt", "endsAt", "academicHours", "topic"])),
            "academicHours": .integer(0...100_000),
        ], required: ["groupId", "sessions", "academicHours"]),
    ]
}
