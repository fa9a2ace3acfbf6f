import EventContracts
import Foundation
import GRDB
import Hummingbird
import ServiceKit

/// A group's grades as a CSV file, a row per listener and part, as a trainer keeps them in a
/// spreadsheet. Problems are named by line and column (`lines[4].grade`). Nothing is stored when
/// a row is bad, unless the caller asks for the good rows only.
struct GradeSheet {
    static let columns: [CSVTable.Column] = [
        .init("listenerId", headings: ["Слушатель", "Тыңдаушы", "listener"], required: true),
        .init("part", headings: ["Модуль", "module", "Часть", "Бөлім"], required: true),
        .init("grade", headings: ["Оценка", "Баға", "points"], required: true),
        .init("assessedOn", headings: ["Дата", "Күні", "date"]),
        .init("externalBody", headings: ["Организация", "Ұйым"]),
        .init("assessor", headings: ["Оценщик", "Бағалаушы"]),
        .init("reason", headings: ["Причина", "Себебі"]),
    ]
    /// A group of 30 listeners with ten modules is 330 rows.
    static let rowLimit = 5_000
    static let byteLimit = 1_048_576

    struct Report: Codable, Sendable, Equatable, ResponseEncodable {
        var rows: Int
        var entered: Int
        var corrected: Int
        var unchanged: Int
        var rejected: Int
        /// Each problem by line and column, in the requester's language.
        var problems: [Problem.FieldError]
    }

    let table: CSVTable
    let group: AssessedGroup
    let today: CalendarDate

    /// Enters every good row; a bad row refuses the whole file (422) unless `goodRowsOnly`.
    func enter(by caller: Identity, goodRowsOnly: Bool, language: Language, in db: Database) throws -> Report {
        try Grading.checkMayGrade(group: group, caller: caller, in: db)
        let members = Set(try AssessedListener.assessed(with: group.id, in: db).map(\.id))
        var report = Report(rows: table.rows.count, entered: 0, corrected: 0, unchanged: 0, rejected: 0, problems: [])
        var problems: [(field: String, message: Localized, clause: String?)] = []
        for row in table.rows {
            let place = "lines[\(row.line)]."
            var check = FieldValidator(today: today)
            guard let (listenerId, entry) = check.row(row, { Self.entry(of: row, &$0) }), check.isValid else {
                problems += check.errors.map { ($0.field, $0.message, nil) }
                report.rejected += 1
                continue
            }
            guard members.contains(listenerId) else {
                problems.append((place + "listenerId", GradeSheetText.notInGroup(group.code), nil))
                report.rejected += 1
                continue
            }
            do {
                switch try Grading.enter(entry, for: listenerId, by: caller, today: today, in: db).outcome {
                case .entered: report.entered += 1
                case .corrected: report.corrected += 1
                case .unchanged: report.unchanged += 1
                }
            } catch let refused as Refusals<GradingRules.Refusal> {
                problems += refused.all.map { (place + Self.column(of: $0), $0.message, $0.clause) }
                report.rejected += 1
            }
        }
        if !problems.isEmpty && !goodRowsOnly { throw Problem.validation(refusing: problems) }
        report.problems = problems.map { Problem.FieldError(field: $0.field, message: $0.message.text(in: language), clause: $0.clause) }
        return report
    }

    /// The file's column a refusal is about; a refusal of the listener's state is about the listener.
    static func column(of refusal: GradingRules.Refusal) -> String {
        switch refusal.field {
        case "points", "result": "grade"
        case let field?: field
        case nil: "listenerId"
        }
    }

    private static func entry(of row: CSVTable.Row, _ check: inout FieldValidator) -> (String, GradeEntry)? {
        let listenerId = check.identifier(row["listenerId"], "listenerId")
        let part = check.read("part", row["part"], schema: .string) { text in
            PlanPart(rawValue: text.lowercased()).map(FieldReading.good) ?? .bad(GradeSheetText.badPart)
        }
        let grade = check.read("grade", row["grade"], schema: .string) { text in Self.grade(text) }
        let assessedOn = check.optionalDate(row["assessedOn"], "assessedOn")
        let external = GradeFields.external(row["externalBody"], row["assessor"], &check)
        let reason = check.optionalText(row["reason"], "reason", limit: 1000)
        guard let listenerId, let part, let grade, check.isValid else { return nil }
        return (listenerId, GradeEntry(part: part, points: grade.points, result: grade.result, assessedOn: assessedOn,
                                       externalBody: external.body, assessor: external.assessor, reason: reason))
    }

    /// Points 0–100, or a pass/fail word as a spreadsheet may hold it.
    static func grade(_ text: String) -> FieldReading<(points: Int?, result: PassFail?)> {
        if let points = Int(text) { return (0...100).contains(points) ? .good((points, nil)) : .bad(.between(0...100)) }
        switch text.lowercased() {
        case "pass", "зачтено", "зачет", "зачёт", "сыналды", "сынақ": return .good((nil, .pass))
        case "fail", "не зачтено", "незачет", "незачёт", "сыналмады": return .good((nil, .fail))
        default: return .bad(GradeSheetText.badGrade)
        }
    }
}
