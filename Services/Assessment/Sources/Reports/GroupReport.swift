import EventContracts
import Foundation
import GRDB
import Hummingbird
import ServiceKit

/// A group's grades per part of the plan, for the programme leader and the rector.
struct GroupReport: Codable, Sendable, Equatable, ResponseEncodable {
    var groupId: String
    var groupCode: String
    var programmeCode: String
    var listeners: Int
    var parts: [PartStatistics]

    /// Counts each listener's latest grade of each part given in an attempt taken with this
    /// group: a retake within the year replaces the grade it retook, and a retake with the next
    /// stream counts for that stream's group.
    static func of(_ groupId: String, in db: Database) throws -> GroupReport {
        let results = try GroupResults.of(groupId, in: db)
        let plan = try AssessmentPlan.existing(results.programmeCode, in: db)
        let grades = try results.listeners.map { standing in
            let attempts = Set(try Attempt.all(of: standing.listenerId, in: db).filter { $0.groupId == groupId }.map(\.number))
            return PartStatistics.latest(try Grade.all(of: standing.listenerId, in: db), in: plan, counting: attempts)
        }
        return GroupReport(groupId: results.groupId, groupCode: results.groupCode, programmeCode: results.programmeCode,
                           listeners: results.listeners.count, parts: PartStatistics.of(plan, grades: grades))
    }

    var csv: String { PartStatistics.csv(parts) }
}
