import EventContracts
import GRDB
import Hummingbird
import ServiceKit

/// Where each listener of a group stands: decided (passed or failed), graded in full and
/// waiting for the course's end, or incomplete with the parts still missing.
struct GroupResults: Codable, Sendable, Equatable, ResponseEncodable {
    var groupId: String
    var groupCode: String
    var programmeCode: String
    var completedOn: CalendarDate?
    var listeners: [Standing]

    struct Standing: Codable, Sendable, Equatable, ResponseEncodable {
        enum Status: String, Codable, Sendable, CaseIterable {
            case passed, failed
            /// Every part graded; decided when the course is completed.
            case graded
            case incomplete, expelled, interrupted
        }

        var listenerId: String
        var fullName: String
        var attempt: Int
        var status: Status
        var score: Int?
        /// Below their pass marks, by name (`final` for the final assessment).
        var failedParts: [String]
        /// Not graded yet (in a reassessment, not yet retaken).
        var missingParts: [String]
    }

    /// The group's listeners now, and those reassessed with it, by name.
    static func of(_ groupId: String, in db: Database) throws -> GroupResults {
        let group = try AssessedGroup.existing(groupId, in: db)
        guard let plan = try AssessmentPlan.fetchOne(db, key: group.programmeCode) else { throw GradingRules.Refusal.noPlan }
        let standings = try AssessedListener.assessed(with: groupId, in: db).map { listener in
            try standing(of: listener, plan: plan, attempt: Attempt.current(of: listener.id, in: db), grades: Grade.all(of: listener.id, in: db))
        }
        return GroupResults(groupId: group.id, groupCode: group.code, programmeCode: group.programmeCode,
                            completedOn: group.completedOn, listeners: standings)
    }

    static func standing(of listener: AssessedListener, plan: AssessmentPlan, attempt: Attempt, grades: [Grade]) -> Standing {
        var standing = Standing(listenerId: listener.id, fullName: listener.fullName, attempt: attempt.number, status: .incomplete,
                                score: attempt.score, failedParts: [], missingParts: [])
        switch DecisionRules.decide(plan, grades: grades, attempt: attempt.number) {
        case .incomplete(let missing): standing.missingParts = missing.map(plan.name(of:))
        case .failed(let parts, let score):
            standing.failedParts = parts.map(plan.name(of:))
            standing.status = .graded
            standing.score = standing.score ?? score
        case .passed(let score):
            standing.status = .graded
            standing.score = standing.score ?? score
        }
        if let result = attempt.result { standing.status = result == .passed ? .passed : .failed }
        if listener.interruptedOn != nil { standing.status = .interrupted }
        if listener.expelledOn != nil { standing.status = .expelled }
        return standing
    }
}
