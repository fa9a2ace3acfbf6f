import EventContracts

/// One cohort's figures, or a programme's over all its cohorts: how many came, finished,
/// passed and left, and the rates a review weighs (8.4.4).
struct CohortFigures: Codable, Sendable, Equatable {
    var groupId: String?
    var groupCode: String?
    var startsOn: CalendarDate?
    var completedOn: CalendarDate?
    /// Listeners who are, or were when they left, in the group: a transfer counts them in the
    /// group they moved to.
    var admitted: Int
    /// Those the group's completion listed as finishers.
    var completed: Int
    var passed: Int
    var failed: Int
    var expelled: Int
    var interrupted: Int
    var withdrawn: Int
    /// Completed of admitted, in percent to one decimal; nil with no one admitted.
    var completionRate: Double?
    /// Passed of those assessed (passed and failed), in percent; nil with no one assessed.
    var passRate: Double?
    /// Expelled of admitted, in percent; nil with no one admitted.
    var expulsionRate: Double?
    /// How many passed with each final letter (A to F), and `pass` for a pass/fail final (or a
    /// pass from an assessment not yet upgraded, which names no letter).
    var grades: [String: Int]
    /// The passes' mean score (0–100) to one decimal; nil with no pass scored.
    var averageScore: Double?

    /// The figures of `listeners`, the listeners counted in one cohort, or in all of a programme's.
    /// A listener who left counts once, by how they left: expelled, or withdrawn (enrolment
    /// lets go of one studying or interrupted, not one who finished or was expelled), or else
    /// interrupted.
    static func of(_ listeners: [CohortListener], cohort: Cohort? = nil) -> CohortFigures {
        let count = { (test: (CohortListener) -> Bool) in listeners.filter(test).count }
        let admitted = listeners.count
        let completed = count { $0.finishedGroupId != nil && ($0.finishedGroupId == cohort?.groupId || cohort == nil) }
        let passes = listeners.filter { $0.result == .passed }
        let failed = count { $0.result == .failed }
        let expelled = count { $0.expelledOn != nil }
        let withdrawn = { (listener: CohortListener) in
            listener.withdrawnOn != nil && listener.finishedGroupId == nil && listener.expelledOn == nil
        }
        let scores = passes.compactMap(\.score)
        return CohortFigures(
            groupId: cohort?.groupId, groupCode: cohort?.groupCode, startsOn: cohort?.startsOn, completedOn: cohort?.completedOn,
            admitted: admitted, completed: completed, passed: passes.count, failed: failed, expelled: expelled,
            interrupted: count { $0.interruptedOn != nil && $0.expelledOn == nil && !withdrawn($0) }, withdrawn: count(withdrawn),
            completionRate: percent(completed, of: admitted), passRate: percent(passes.count, of: passes.count + failed),
            expulsionRate: percent(expelled, of: admitted),
            grades: Dictionary(grouping: passes, by: { $0.letter ?? "pass" }).mapValues(\.count),
            averageScore: scores.isEmpty ? nil : tenths(Double(scores.reduce(0, +)) / Double(scores.count)))
    }

    static func percent(_ part: Int, of whole: Int) -> Double? {
        whole == 0 ? nil : tenths(100 * Double(part) / Double(whole))
    }

    private static func tenths(_ value: Double) -> Double { (value * 10).rounded() / 10 }
}
