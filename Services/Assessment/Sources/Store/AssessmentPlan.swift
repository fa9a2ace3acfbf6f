import EventContracts
import Foundation
import GRDB
import Hummingbird
import ServiceKit

/// How a programme's listeners are assessed (regulation 2.13, 6.6, 7.1–7.2): each module's forms
/// of assessment, the scale it is graded on, its weight and its pass mark, and the final
/// assessment that ends the course. Made from the programme enrolment approved; its leader may
/// then set the weights and the pass marks.
public struct AssessmentPlan: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord, ResponseEncodable {
    public var programmeCode: String
    public var programmeId: String
    public var titleKk: String
    public var titleRu: String
    /// The programme leader who answers for it (4.7), and their login (a token's subject); nil
    /// for a programme approved by an enrolment that did not announce it.
    public var leader: String
    public var leaderId: String?
    /// Academic hours, the modules' hours added up.
    public var hours: Int
    public var kind: ProgrammeKind
    /// In the programme's order: module 1 is the first.
    public var modules: [Module]
    public var finalAssessment: Final
    public var approvedOn: CalendarDate
    public var updatedAt: Date
    /// Who last set the weights and pass marks (a token's subject); nil while they are the defaults.
    public var updatedBy: String?

    public static let databaseTableName = "plan"

    /// A module as it is assessed: its current checks (6.6) in the forms it names.
    public struct Module: Codable, Sendable, Equatable {
        public var number: Int
        public var name: String
        public var hours: Int
        public var forms: [AssessmentForm]
        public var scale: GradeScale
        /// Its share of the weighted score.
        public var weight: Int
        /// The least points that pass, on the letter scale.
        public var passMark: Int
    }

    /// The final assessment (2.3), external for a long course (2.10).
    public struct Final: Codable, Sendable, Equatable {
        public var external: Bool
        public var form: AssessmentForm
        public var scale: GradeScale
        public var passMark: Int
    }
}

/// The forms a module is assessed in (2.13).
public enum AssessmentForm: String, Codable, Sendable, CaseIterable {
    case test, practicalTask = "practical-task", project, portfolio, presentation, exam
}

/// A module is graded on the letter scale of 100 points, or passed or not (сынақ / зачёт).
public enum GradeScale: String, Codable, Sendable, CaseIterable {
    case letter, passFail = "pass-fail"
}

extension AssessmentForm: DatabaseValueConvertible {}
extension GradeScale: DatabaseValueConvertible {}

extension AssessmentPlan {
    static func existing(_ programmeCode: String, in db: Database) throws -> AssessmentPlan {
        guard let plan = try AssessmentPlan.fetchOne(db, key: programmeCode) else { throw NotFound(StoreText.noPlan) }
        return plan
    }

    /// Whether the plan has the part: the final assessment, or a module of that number.
    func accepts(_ part: PlanPart) -> Bool {
        switch part {
        case .final: true
        case .module(let number): modules.indices.contains(number - 1)
        }
    }

    func scale(of part: PlanPart) -> GradeScale {
        switch part {
        case .final: finalAssessment.scale
        case .module(let number): modules[number - 1].scale
        }
    }

    func passMark(of part: PlanPart) -> Int {
        switch part {
        case .final: finalAssessment.passMark
        case .module(let number): modules[number - 1].passMark
        }
    }

    /// Every part that is graded, modules first in order, then the final assessment.
    var parts: [PlanPart] { modules.map { .module($0.number) } + [.final] }

    func name(of part: PlanPart) -> String {
        switch part {
        case .final: "final"
        case .module(let number): modules[number - 1].name
        }
    }
}

extension AssessmentPlan {
    static func list(in db: Database) throws -> [AssessmentPlan] {
        try AssessmentPlan.order(Column("programmeCode")).fetchListing(db)
    }
}
