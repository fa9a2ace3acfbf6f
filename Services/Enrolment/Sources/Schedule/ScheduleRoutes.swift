import Foundation
import GRDB
import Hummingbird
import ServiceKit
import Storage

/// The annual schedule over HTTP (4.4): streams, the groups planned in them, and each group's
/// timetable.
enum ScheduleRoutes {
    static let planners: [Role] = [.operator, .admin, .programmeLeader]
    static let readers: [Role] = [.operator, .admin, .programmeLeader, .rector, .trainer]

    static func add(to router: Router<AppRequestContext>, _ environment: ServiceEnvironment) {
        let database = environment.database
        let planStreams = router.group("v1/streams").add(middleware: RoleGuard(planners))
        let readStreams = router.group("v1/streams").add(middleware: RoleGuard(readers))
        let planGroups = router.group("v1/groups").add(middleware: RoleGuard(planners))
        let readGroups = router.group("v1/groups").add(middleware: RoleGuard(readers))

        planStreams.post { request, context -> EditedResponse<Stream> in
            let form = try await request.decodeJSON(StreamForm.self, context: context).validated()
            let stream = Stream(id: RecordID.new(), code: form.code, year: form.year, startsOn: form.startsOn, endsOn: form.endsOn,
                                createdAt: Date())
            try await database.write { db in
                guard try Stream.filter(Column("code") == form.code).fetchCount(db) == 0 else {
                    throw Problem.validation([("code", ScheduleText.codeTaken)])
                }
                try stream.insert(db)
            }
            return EditedResponse(status: .created, headers: [.location: "/v1/streams/\(stream.id)"], response: stream)
        }

        readStreams.get { request, _ -> [Stream] in
            let year = request.uri.queryParameters.get("year").flatMap { Int($0) }
            return try await database.read { db in
                var query = Stream.order(Column("startsOn"))
                if let year { query = query.filter(Column("year") == year) }
                return try query.fetchAll(db)
            }
        }

        readStreams.get(":id") { _, context -> Stream in
            let id = try context.parameter("id")
            return try await database.read { db in
                guard let stream = try Stream.fetchOne(db, key: id) else { throw Problem.notFound(ScheduleText.streamNotFound) }
                return stream
            }
        }

        planGroups.post { request, context -> EditedResponse<StudyGroup> in
            let form = try await request.decodeJSON(GroupForm.self, context: context).validated()
            let group = try await database.write { db -> StudyGroup in
                var check = FieldValidator()
                if try Stream.fetchOne(db, key: form.streamId) == nil { check.add("streamId", ScheduleText.unknownStream) }
                if try Programme.find(code: form.programmeCode, in: db)?.status != .approved {
                    check.add("programmeCode", ScheduleText.programmeNotApproved)
                }
                if try StudyGroup.filter(Column("code") == form.code).fetchCount(db) > 0 { check.add("code", ScheduleText.codeTaken) }
                try check.validate()
                let group = StudyGroup(id: RecordID.new(), code: form.code, programmeCode: form.programmeCode, createdAt: Date(),
                                       streamId: form.streamId, language: form.language, form: form.form.rawValue,
                                       capacity: form.capacity)
                try group.insert(db)
                // Whoever waits for this programme and language is placed in it (4.2).
                try Placement.fill(freedIn: group, cause: .request(), environment, in: db)
                return group
            }
            return EditedResponse(status: .created, headers: [.location: "/v1/groups/\(group.id)"], response: group)
        }

        readGroups.get { request, _ -> [StudyGroup] in
            let streamId = request.uri.queryParameters.get("streamId")
            return try await database.read { db in
                var query = StudyGroup.order(Column("code"))
                if let streamId { query = query.filter(Column("streamId") == streamId) }
                return try query.limit(500).fetchAll(db)
            }
        }

        planGroups.put(":id/timetable") { request, context -> TimetableView in
            let id = try context.parameter("id")
            let form = try await request.decodeJSON(TimetableForm.self, context: context)
            return try await database.write { db in
                let group = try StudyGroup.existing(id, in: db)
                guard let streamId = group.streamId, let stream = try Stream.fetchOne(db, key: streamId),
                      let programme = try Programme.find(code: group.programmeCode, in: db) else {
                    throw Problem.validation([("sessions", ScheduleText.unknownStream)])
                }
                let sessions = try form.validated(programmeHours: programme.hours, stream: stream)
                try Session.filter(Column("groupId") == id).deleteAll(db)
                for (entry, topic) in sessions {
                    try Session(id: RecordID.new(), groupId: id, date: entry.date, startsAt: entry.startsAt,
                                academicHours: entry.academicHours, topic: topic).insert(db)
                }
                return try TimetableView.of(group: id, in: db)
            }
        }

        readGroups.get(":id/timetable") { _, context -> TimetableView in
            let id = try context.parameter("id")
            return try await database.read { db in
                _ = try StudyGroup.existing(id, in: db)
                return try TimetableView.of(group: id, in: db)
            }
        }
    }
}

/// A group's sessions in order, with when each ends and the hours in all.
struct TimetableView: Codable, Sendable, ResponseEncodable {
    struct Entry: Codable, Sendable {
        var date: String
        var startsAt: String
        var endsAt: String
        var academicHours: Int
        var topic: String
    }

    var groupId: String
    var sessions: [Entry]
    var academicHours: Int

    static func of(group id: String, in db: Database) throws -> TimetableView {
        let sessions = try Session.filter(Column("groupId") == id).order(Column("date"), Column("startsAt")).fetchAll(db)
        return TimetableView(
            groupId: id,
            sessions: sessions.map { Entry(date: $0.date, startsAt: $0.startsAt, endsAt: $0.endsAt, academicHours: $0.academicHours,
                                           topic: $0.topic) },
            academicHours: sessions.reduce(0) { $0 + $1.academicHours })
    }
}
