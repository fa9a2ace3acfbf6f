import EventContracts
import Foundation
import GRDB
import Hummingbird
import ServiceKit

/// A group's grades per part of the plan, for the programme leader and the rector: how many
/// were graded, the letters' distribution, the pass rate and the average points.
struct GroupReport: Codable, Sendable, Equatable, ResponseEncodable {
    var groupId: String
    var groupCode: String
    var programmeCode: String
    var listeners: Int
    var parts: [Part]

    struct Part: Codable, Sendable, Equatable {
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
    }

    /// Counts each listener's latest grade of each part given in an attempt taken with this
    /// group: a retake within the year replaces the grade it retook, and a retake with the next
    /// stream counts for that stream's group.
    static func of(_ groupId: String, in db: Database) throws -> GroupReport {
        let results = try GroupResults.of(groupId, in: db)
        let plan = try AssessmentPlan.existing(results.programmeCode, in: db)
        var latest: [PlanPart: [Grade]] = [:]
        for standing in results.listeners {
            let attempts = Set(try Attempt.all(of: standing.listenerId, in: db).filter { $0.groupId == groupId }.map(\.number))
            var byPart: [PlanPart: Grade] = [:]
            for grade in try Grade.all(of: standing.listenerId, in: db) where plan.accepts(grade.part) && attempts.contains(grade.attempt) {
                if let kept = byPart[grade.part], kept.attempt > grade.attempt { continue }
                byPart[grade.part] = grade
            }
            for (part, grade) in byPart { latest[part, default: []].append(grade) }
        }
        let parts = plan.parts.map { part in Self.part(part, plan: plan, grades: latest[part] ?? []) }
        return GroupReport(groupId: results.groupId, groupCode: results.groupCode, programmeCode: results.programmeCode,
                           listeners: results.listeners.count, parts: parts)
    }

    static func part(_ part: PlanPart, plan: AssessmentPlan, grades: [Grade]) -> Part {
        let scale = plan.scale(of: part)
        let passed = grades.filter { DecisionRules.passes($0, in: plan) }.count
        let points = grades.compactMap(\.points)
        var distribution: [String: Int]?
        if scale == .letter {
            distribution = Dictionary(uniqueKeysWithValues: LetterGrade.allCases.map { letter in
                (letter.rawValue, grades.filter { $0.letter == letter }.count)
            })
        }
        return Part(part: part, name: plan.name(of: part), scale: scale, graded: grades.count, passed: passed,
                    passRate: grades.isEmpty ? nil : tenths(100 * Double(passed) / Double(grades.count)),
                    averagePoints: scale == .letter && !points.isEmpty ? tenths(Double(points.reduce(0, +)) / Double(points.count)) : nil,
                    distribution: distribution)
    }

    private static func tenths(_ value: Double) -> Double { (value * 10).rounded() / 10 }

    /// The report as a spreadsheet opens it: a row per part, a column per letter.
    var csv: String {
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
