import EventContracts
import Foundation
import GRDB
import Hummingbird
import ServiceKit
import Storage

/// Assessment's copy of a group, from enrolment's events: its programme, its stream's dates
/// (within which its grades fall, 7.1) and, once the course is over, the day it ended.
public struct AssessedGroup: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord, ResponseEncodable {
    public var id: String
    public var code: String
    public var programmeCode: String
    public var streamId: String?
    /// The stream's dates, both days included; nil for a group planned without a stream.
    public var startsOn: CalendarDate?
    public var endsOn: CalendarDate?
    public var completedOn: CalendarDate?

    public static let databaseTableName = "studyGroup"
}

extension AssessedGroup {
    static func existing(_ id: String, in db: Database) throws -> AssessedGroup {
        guard let group = try AssessedGroup.fetchOne(db, key: id) else { throw NotFound(StoreText.noGroup) }
        return group
    }

    /// The trainers' ids enrolment assigned to the group.
    func trainerIds(in db: Database) throws -> Set<String> {
        Set(try GroupTrainer.filter(Column("groupId") == id).select(Column("trainerId"), as: String.self).fetchAll(db))
    }

    /// The groups of a programme whose stream is known, the earliest first: where the next
    /// stream is looked for (7.4.2).
    static func withStreams(programmeCode: String, in db: Database) throws -> [AssessedGroup] {
        try AssessedGroup.filter(Column("programmeCode") == programmeCode && Column("startsOn") != nil)
            .order(Column("startsOn"), Column("code")).fetchAll(db)
    }
}
