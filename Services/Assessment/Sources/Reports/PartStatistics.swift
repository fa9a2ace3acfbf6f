import EventContracts
import Foundation
import ServiceKit

/// One part of the plan as a report counts it, over some listeners' grades: how many were
/// graded and passed, the pass rate, the average points and the letters' distribution.
struct PartStatistics: Codable, Sendable, Equatable {
    var part: PlanPart
    var name: String
    var scale: GradeScale
    var graded: Int
    var passed: Int
    /// Passed of graded, in percent to one decimal; nil with nothing graded.
    var passRate: Double?
    /// The points' mean to one decimal, on the letter scale; nil otherwise or with nothing graded.
    var averagePoints: Double?
    /// How many got each letter, every letter named (A to F), on the letter scale.
    var distribution: [String: Int]?

    /// Each part of the plan over the grades given, one grade per listener and part.
    static func of(_ plan: AssessmentPlan, grades: [[PlanPart: Grade]]) -> [PartStatistics] {
        plan.parts.map { part in Self.of(part, plan: plan, grades: grades.compactMap { $0[part] }) }
    }

    static func of(_ part: PlanPart, plan: AssessmentPlan, grades: [Grade]) -> PartStatistics {
        let scale = plan.scale(of: part)
        let passed = grades.filter { DecisionRules.passes($0, in: plan) }.count
        let points = grades.compactMap(\.points)
        var distribution: [String: Int]?
        if scale == .letter {
            distribution = Dictionary(uniqueKeysWithValues: LetterGrade.allCases.map { letter in
                (letter.rawValue, grades.filter { $0.letter == letter }.count)
            })
        }
        return PartStatistics(part: part, name: plan.name(of: part), scale: scale, graded: grades.count, passed: passed,
                              passRate: grades.isEmpty ? nil : tenths(100 * Double(passed) / Double(grades.count)),
                              averagePoints: scale == .letter && !points.isEmpty
                                  ? tenths(Double(points.reduce(0, +)) / Double(points.count)) : nil,
                              distribution: distribution)
    }

    /// A listener's latest grade of each part, of the attempts `counting` (all when nil): a
    /// retake replaces the grade it retook.
    static func latest(_ grades: [Grade], in plan: AssessmentPlan, counting attempts: Set<Int>? = nil) -> [PlanPart: Grade] {
        DecisionRules.latest(grades.filter { attempts?.contains($0.attempt) ?? true }, in: plan)
    }

    private static func tenths(_ value: Double) -> Double { (value * 10).rounded() / 10 }

    /// The parts as a spreadsheet opens them: a row per part, a column per letter.
    static func csv(_ parts: [PartStatistics]) -> String {
        var sheet = CSVWriter(heading: ["part", "name", "scale", "graded", "passed", "passRate", "averagePoints"]
            + LetterGrade.allCases.map(\.rawValue))
        for part in parts {
            sheet.append([part.part.rawValue, part.name, part.scale.rawValue, String(part.graded), String(part.passed),
                          part.passRate.map { String($0) } ?? "", part.averagePoints.map { String($0) } ?? ""]
                + LetterGrade.allCases.map { letter in part.distribution.map { String($0[letter.rawValue] ?? 0) } ?? "" })
        }
        return sheet.text
    }
}
