import ServiceKit

/// What a programme leader changes in an assessment plan: modules named by number, each with
/// only the settings that change.
struct PlanForm: Form {
    var modules: [ModuleForm]?
    var finalAssessment: FinalForm?

    struct ModuleForm: FormPart {
        var number: Int?
        var scale: String?
        var weight: Int?
        var passMark: Int?
    }

    struct FinalForm: FormPart {
        var form: String?
        var scale: String?
        var passMark: Int?
    }

    struct Valid: Sendable, Equatable {
        struct Module: Sendable, Equatable {
            var number: Int
            var scale: GradeScale?
            var weight: Int?
            var passMark: Int?
        }

        struct Final: Sendable, Equatable {
            var form: AssessmentForm?
            var scale: GradeScale?
            var passMark: Int?
        }

        var modules: [Module]
        var finalAssessment: Final?
    }

    func read(_ check: inout FieldValidator) -> Valid? {
        let modules = check.each(modules, "modules", minimum: 0, maximum: 200, required: false) { check, module, _ in
            Self.module(module, &check)
        }
        let final = check.optionalObject(finalAssessment, "finalAssessment") { check, final -> Valid.Final? in
            let form = check.optionalChoice(final.form, "form", AssessmentForm.self, description: "exam by default")
            let scale = check.optionalChoice(final.scale, "scale", GradeScale.self, description: "letter by default")
            let passMark = check.optionalInteger(final.passMark, "passMark", in: 0...100, description: "50 (D) by default")
            guard check.isValid else { return nil }
            return Valid.Final(form: form, scale: scale, passMark: passMark)
        }
        guard let modules, check.isValid else { return nil }
        return Valid(modules: modules, finalAssessment: final)
    }

    private static func module(_ module: ModuleForm, _ check: inout FieldValidator) -> Valid.Module? {
        let number = check.integer(module.number, "number", in: 1...200, description: "The module's place in the programme, 1 for the first")
        let scale = check.optionalChoice(module.scale, "scale", GradeScale.self,
                                         description: "letter (A–F on 100 points, the default) or pass-fail (сынақ / зачёт)")
        let weight = check.optionalInteger(module.weight, "weight", in: 0...2000,
                                           description: "Its share of the weighted score; the module's hours by default")
        let passMark = check.optionalInteger(module.passMark, "passMark", in: 0...100,
                                             description: "The least points that pass; 50 (D) by default")
        guard let number, check.isValid else { return nil }
        return Valid.Module(number: number, scale: scale, weight: weight, passMark: passMark)
    }
}
