import EventContracts
import ServiceKit

/// One grade as a client enters it, for the part its path names (`/grades/2`, `/grades/final`).
struct GradeForm: Form {
    var points: Int?
    var result: String?
    var assessedOn: String?
    var externalBody: String?
    var assessor: String?
    var reason: String?

    /// The entry but for its part, which the path gives.
    struct Valid: Sendable, Equatable {
        var points: Int?
        var result: PassFail?
        var assessedOn: CalendarDate?
        var externalBody: String?
        var assessor: String?
        var reason: String?

        func entry(for part: PlanPart) -> GradeEntry {
            GradeEntry(part: part, points: points, result: result, assessedOn: assessedOn, externalBody: externalBody,
                       assessor: assessor, reason: reason)
        }
    }

    func read(_ check: inout FieldValidator) -> Valid? {
        let points = check.optionalInteger(points, "points", in: 0...100,
                                           description: "For a part on the letter scale: A 95–100, A- 90–94 … D 50–54, FX 25–49, F 0–24")
        let result = check.optionalChoice(result, "result", PassFail.self, description: "For a pass/fail part (сынақ / зачёт)")
        let assessedOn = check.optionalDate(assessedOn, "assessedOn", description: "The day it was given; if absent, the day of the grade it corrects, or the centre's today")
        let external = GradeFields.external(externalBody, assessor, &check)
        let reason = check.optionalText(reason, "reason", limit: 1000, description: "Why a grade already entered is changed: required then")
        guard check.isValid else { return nil }
        return Valid(points: points, result: result, assessedOn: assessedOn, externalBody: external.body,
                     assessor: external.assessor, reason: reason)
    }
}

/// The fields a grade's form and a group's file share.
enum GradeFields {
    static func external(_ body: String?, _ assessor: String?,
                         _ check: inout FieldValidator) -> (body: String?, assessor: String?) {
        (check.optionalText(body, "externalBody", limit: 300, description: "The body that held an external final assessment (2.10)"),
         check.optionalText(assessor, "assessor", limit: 200, description: "Its assessor (2.10)"))
    }
}
