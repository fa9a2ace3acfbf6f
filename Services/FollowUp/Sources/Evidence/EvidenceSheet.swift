import EventContracts
import ServiceKit

extension ProgrammeEvidence {
    /// The cohorts as a spreadsheet opens them, a row per cohort in the order they ran and the
    /// programme's totals last: the trend a review reads down the columns.
    var csv: String {
        let grades = GradeRecord.letters + ["pass"]
        var sheet = CSVWriter(heading: ["groupCode", "startsOn", "completedOn", "admitted", "completed", "passed", "failed", "expelled",
                                        "interrupted", "withdrawn", "completionRate", "passRate", "expulsionRate", "averageScore"]
            + grades)
        for figures in cohorts + [totals] {
            let counts = [figures.admitted, figures.completed, figures.passed, figures.failed, figures.expelled, figures.interrupted,
                          figures.withdrawn]
            let rates = [figures.completionRate, figures.passRate, figures.expulsionRate, figures.averageScore]
            sheet.append([figures.groupId == nil ? "total" : figures.groupCode ?? figures.groupId ?? "",
                          figures.startsOn?.description ?? "", figures.completedOn?.description ?? ""]
                + counts.map(String.init) + rates.map { $0.map { String($0) } ?? "" }
                + grades.map { String(figures.grades[$0] ?? 0) })
        }
        return sheet.text
    }
}
