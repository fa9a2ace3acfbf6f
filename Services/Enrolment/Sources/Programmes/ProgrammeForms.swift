import EventContracts
import ServiceKit

/// A programme as its leader writes it (2.12–2.15).
struct ProgrammeForm: Form {
    var code: String?
    var titleKk: String?
    var titleRu: String?
    var leader: String?
    var leaderEmail: String?
    var outcomes: [String]?
    var modules: [ModuleForm]?
    var hours: Int?
    var kind: String?
    var form: String?
    var arrangement: String?

    struct ModuleForm: FormPart {
        var name: String?
        var hours: Int?
        var content: String?
        var assessmentForms: [String]?
    }

    /// A long course is a few hundred hours; the limit also keeps sums far from overflowing.
    static let hourLimit = 2000

    /// The programme's fields when every one is good, with the rules that bind them (the
    /// modules' hours, the kind's range) checked too, each named by the field to mend.
    func read(_ check: inout FieldValidator) -> Programme.Content? {
        let code = check.programmeCode(code, "code")
        let titleKk = check.text(titleKk, "titleKk", limit: 500)
        let titleRu = check.text(titleRu, "titleRu", limit: 500)
        let leader = check.personName(leader, "leader")
        let leaderEmail = check.optionalEmail(leaderEmail, "leaderEmail")
        let outcomes = check.list(outcomes, "outcomes", limit: 2000, multiline: true)
        let modules = check.each(modules, "modules") { check, module, _ -> Programme.Module? in
            let name = check.text(module.name, "name", limit: 500)
            let hours = check.integer(module.hours, "hours", in: 1...Self.hourLimit)
            let content = check.text(module.content, "content", limit: 10_000, multiline: true)
            let assessment = check.list(module.assessmentForms, "assessmentForms", limit: 200)
            guard let name, let hours, let content, let assessment else { return nil }
            return Programme.Module(name: name, hours: hours, content: content, assessmentForms: assessment)
        }
        let hours = check.integer(hours, "hours", in: 1...Self.hourLimit,
                                  description: "Academic hours of 50 minutes: the modules' hours add up to them")
        let kind = check.choice(kind, "kind", Programme.Kind.self,
                                description: "short: 36–108 academic hours; long: over 108; internship: at least 36")
        let form = check.choice(form, "form", Programme.Form.self)
        let arrangement = check.choice(arrangement, "arrangement", Programme.Arrangement.self)
        if let modules, let hours, let kind {
            for problem in ProgrammeRules.problems(hours: hours, kind: kind, modules: modules) {
                switch problem {
                case .moduleHoursDoNotAddUp: check.add("modules", ProgrammeText.message(for: problem))
                case .kindDoesNotFitHours: check.add("kind", ProgrammeText.message(for: problem))
                }
            }
        }
        guard check.isValid, let code, let titleKk, let titleRu, let leader, let outcomes, let modules, let hours, let kind,
              let form, let arrangement else { return nil }
        return Programme.Content(code: code, titleKk: titleKk, titleRu: titleRu, leader: leader, leaderEmail: leaderEmail, outcomes: outcomes,
                                 modules: modules, hours: hours, kind: kind, form: form, arrangement: arrangement)
    }
}

/// The decision that approves a programme (4.8).
struct ApprovalForm: Form {
    var decision: String?
    var approvedOn: String?

    func read(_ check: inout FieldValidator) -> (decision: String, approvedOn: CalendarDate)? {
        let decision = check.text(decision, "decision", limit: 500, description: "The decision's reference: the council's minutes")
        let approvedOn = check.date(approvedOn, "approvedOn")
        guard let decision, let approvedOn else { return nil }
        return (decision, approvedOn)
    }
}

/// Which programmes to list.
struct ProgrammeFilter: Form {
    var status: String?

    struct Valid { var status: Programme.Status? }

    func read(_ check: inout FieldValidator) -> Valid? {
        let status = check.optionalChoice(status, "status", Programme.Status.self, description: "Only programmes of this status")
        return check.isValid ? Valid(status: status) : nil
    }
}
