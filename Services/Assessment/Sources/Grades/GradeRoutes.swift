import EventContracts
import Hummingbird
import OpenAPIKit
import ServiceKit

/// Grades over HTTP: one at a time, or a group's file at once. A trainer grades the groups
/// they are assigned to; the office and programme leaders grade and correct any.
enum GradeRoutes: APIRoutes {
    static let part = JSONSchema.string(description: "A module's number in the plan (1 for the first), or final",
                                        pattern: "^([1-9][0-9]{0,2}|final)$")

    static let listenerGrades = APIOperation(.get, "/v1/listeners/:id/grades",
                                             "The listener's attempts and grades, each grade with its letter, word and corrections (a trainer: their groups' listeners only)",
                                             roles: .assessors, response: .named("ListenerGrades"))
    static let enter = APIOperation(
        .put, "/v1/listeners/:id/grades/:part",
        "Enters the grade of a part of the plan in the listener's current attempt: points 0–100 on the letter scale, or a "
            + "result for a pass/fail part; an external final assessment (long courses, 2.10) names its body and assessor. "
            + "Changing a grade needs a reason, and its history keeps the old value. 403 for a trainer not assigned to the group",
        roles: .assessors, form: GradeForm.self, response: .named("ListenerGrades"), refusals: [.conflict, .invalid],
        pathSchemas: ["part": part])
    static let upload = APIOperation(
        .post, "/v1/groups/:id/grades",
        "Enters a group's grades from a UTF-8 CSV with the columns " + GradeSheet.columns.map(\.name).joined(separator: ", ")
            + " (listenerId, part and grade required; grade is points 0–100, or pass / fail). Problems are named by line and "
            + "column; nothing is stored if a row is bad, unless goodRowsOnly=true",
        roles: .assessors, query: GradeSheetQuery.self, response: .named("GradeSheetReport"), upload: ["text/csv"],
        refusals: [.invalid])

    static let operations = [listenerGrades, enter, upload]

    static func add(to router: Router<AppRequestContext>, _ environment: ServiceEnvironment) {
        let database = environment.database

        router.on(listenerGrades) { _, context -> ListenerGrades in
            let (listenerId, caller) = (try context.parameter("id"), try context.caller)
            return try await database.read { db in
                let listener = try AssessedListener.existing(listenerId, in: db)
                let groups = try Attempt.all(of: listenerId, in: db).map(\.groupId) + [listener.groupId]
                try Grading.checkMaySee(groupIds: groups, caller: caller, in: db)
                return try ListenerGrades.of(listenerId, in: db)
            }
        }

        router.on(enter) { request, context -> ListenerGrades in
            let listenerId = try context.parameter("id")
            guard let part = PlanPart(rawValue: try context.parameter("part")) else {
                throw Problem.validation([("part", GradeSheetText.badPart)])
            }
            let form = try await request.form(GradeForm.self, context: context)
            let caller = try context.caller
            return try await database.write { db in
                try Grading.enter(form.entry(for: part), for: listenerId, by: caller, today: context.today, in: db)
                return try ListenerGrades.of(listenerId, in: db)
            }
        }

        router.on(upload) { request, context -> GradeSheet.Report in
            let groupId = try context.parameter("id")
            let query = try request.query(GradeSheetQuery.self, context: context)
            let text = try await CSVTable.text(of: request, limit: GradeSheet.byteLimit)
            let table = try CSVTable(csv: text, columns: GradeSheet.columns, rowLimit: GradeSheet.rowLimit)
            let (language, caller) = (context.language(of: request), try context.caller)
            return try await database.write { db in
                let sheet = GradeSheet(table: table, group: try AssessedGroup.existing(groupId, in: db), today: context.today)
                return try sheet.enter(by: caller, goodRowsOnly: query.goodRowsOnly, language: language, in: db)
            }
        }
    }

    static let schemas: [String: JSONSchema] = [
        "ListenerGrades": .object([
            "listenerId": .identifier, "fullName": .string, "programmeCode": .string,
            "attempts": .array(items: .named("Attempt")),
            "grades": .array(items: .object([
                "part": part, "partName": .string, "attempt": .integer(1...1000), "grade": .named("Grade"),
                "assessedOn": .calendarDate, "externalBody": .string, "assessor": .string, "enteredBy": .string, "enteredAt": .instant,
                "corrections": .array(items: .object([
                    "id": .integer, "listenerId": .identifier, "attempt": .integer(1...1000), "part": part, "before": .string,
                    "after": .string, "reason": .string, "correctedBy": .string, "correctedAt": .instant,
                ], required: ["id", "listenerId", "attempt", "part", "before", "after", "reason", "correctedBy", "correctedAt"])),
            ], required: ["part", "partName", "attempt", "grade", "assessedOn", "enteredBy", "enteredAt", "corrections"])),
        ], required: ["listenerId", "fullName", "programmeCode", "attempts", "grades"]),
        "Grade": .object([
            "letter": .choice(LetterGrade.self), "points": .integer(0...100), "gradePointHundredths": .integer(0...400),
            "passed": .boolean, "wordKk": .string, "wordRu": .string,
        ], required: ["passed", "wordKk", "wordRu"]),
        "GradeSheetReport": .object([
            "rows": .integer(0...GradeSheet.rowLimit), "entered": .integer(0...GradeSheet.rowLimit),
            "corrected": .integer(0...GradeSheet.rowLimit), "unchanged": .integer(0...GradeSheet.rowLimit),
            "rejected": .integer(0...GradeSheet.rowLimit),
            "problems": .array(items: .object(["field": .string, "message": .string, "clause": .string], required: ["field", "message"])),
        ], required: ["rows", "entered", "corrected", "unchanged", "rejected", "problems"]),
    ]
}

/// The query of a group's grade file.
struct GradeSheetQuery: Form {
    var goodRowsOnly: String?

    struct Valid: Sendable { var goodRowsOnly: Bool }

    func read(_ check: inout FieldValidator) -> Valid? {
        let goodRowsOnly = check.flag(text: goodRowsOnly, "goodRowsOnly",
                                      description: "true: store the good rows and report the bad ones; by default a bad row stores nothing")
        return check.isValid ? Valid(goodRowsOnly: goodRowsOnly) : nil
    }
}
