import EventContracts
import Foundation
import GRDB
import Hummingbird
import ServiceKit

/// A listener's grades in every attempt, each with its letter and word and its history of
/// corrections.
struct ListenerGrades: Codable, Sendable, Equatable, ResponseEncodable {
    var listenerId: String
    var fullName: String
    var programmeCode: String
    var attempts: [Attempt]
    var grades: [Entry]

    struct Entry: Codable, Sendable, Equatable {
        var part: PlanPart
        var partName: String
        var attempt: Int
        var grade: GradeRecord
        var assessedOn: CalendarDate
        var externalBody: String?
        var assessor: String?
        var enteredBy: String
        var enteredAt: Date
        /// Every change of the grade, oldest first.
        var corrections: [GradeCorrection]
    }

    static func of(_ listenerId: String, in db: Database) throws -> ListenerGrades {
        let listener = try AssessedListener.existing(listenerId, in: db)
        let plan = try AssessmentPlan.fetchOne(db, key: listener.programmeCode)
        let corrections = try GradeCorrection.all(of: listenerId, in: db)
        let grades = try Grade.all(of: listenerId, in: db).sorted { ($0.attempt, $0.part.order) < ($1.attempt, $1.part.order) }
        return ListenerGrades(
            listenerId: listener.id, fullName: listener.fullName, programmeCode: listener.programmeCode,
            attempts: try Attempt.all(of: listenerId, in: db),
            grades: grades.map { grade in
                Entry(part: grade.part, partName: plan.map { $0.accepts(grade.part) ? $0.name(of: grade.part) : grade.part.rawValue }
                          ?? grade.part.rawValue,
                      attempt: grade.attempt, grade: grade.record, assessedOn: grade.assessedOn, externalBody: grade.externalBody,
                      assessor: grade.assessor, enteredBy: grade.enteredBy, enteredAt: grade.enteredAt,
                      corrections: corrections.filter { $0.attempt == grade.attempt && $0.part == grade.part })
            })
    }
}
