import EventContracts
import Foundation
import GRDB
import Hummingbird
import ServiceKit

/// A programme's grades per part of its plan across all its groups, with each group's outcome:
/// what the leader reviews when judging the programme (8.4.4), and the rector when approving it again.
struct ProgrammeReport: Codable, Sendable, Equatable, ResponseEncodable {
    var programmeCode: String
    var titleKk: String
    var titleRu: String
    var groups: [Group]
    var listeners: Int
    var parts: [PartStatistics]

    struct Group: Codable, Sendable, Equatable {
        var groupId: String
        var groupCode: String
        var completedOn: CalendarDate?
        var listeners: Int
        var passed: Int
        var failed: Int
    }

    /// Counts each listener's latest grade of each part, whichever group they took it with.
    static func of(_ programmeCode: String, in db: Database) throws -> ProgrammeReport {
        let plan = try AssessmentPlan.existing(programmeCode, in: db)
        let listeners = try AssessedListener.filter(Column("programmeCode") == programmeCode).fetchAll(db)
        let grades = try listeners.map { PartStatistics.latest(try Grade.all(of: $0.id, in: db), in: plan) }
        let groups = try AssessedGroup.filter(Column("programmeCode") == programmeCode).order(Column("code")).fetchAll(db).map { group in
            let standings = try GroupResults.of(group.id, in: db).listeners
            return Group(groupId: group.id, groupCode: group.code, completedOn: group.completedOn, listeners: standings.count,
                         passed: standings.filter { $0.status == .passed }.count, failed: standings.filter { $0.status == .failed }.count)
        }
        return ProgrammeReport(programmeCode: programmeCode, titleKk: plan.titleKk, titleRu: plan.titleRu, groups: groups,
                               listeners: listeners.count, parts: PartStatistics.of(plan, grades: grades))
    }

    var csv: String { PartStatistics.csv(parts) }
}
