import Foundation
import ServiceKit
import Storage

/// A programme as its leader writes it: every field optional here, so that a missing one is
/// reported with the others rather than failing the decoding.
public struct ProgrammeForm: Codable, Sendable {
    public var code: String?
    public var titleKk: String?
    public var titleRu: String?
    public var leader: String?
    public var outcomes: [String]?
    public var modules: [ModuleForm]?
    public var hours: Int?
    public var kind: String?
    public var form: String?
    public var arrangement: String?

    public struct ModuleForm: Codable, Sendable {
        public var name: String?
        public var hours: Int?
        public var content: String?
        public var assessmentForms: [String]?
    }

    /// The programme's fields when every one is good, with the rules that bind them (the
    /// modules' hours, the kind's range) checked too; otherwise a 422 naming each bad field.
    func validated() throws -> Programme.Content {
        var check = FieldValidator()
        let code = check.programmeCode(code, "code")
        let titleKk = check.text(titleKk, "titleKk", limit: 500)
        let titleRu = check.text(titleRu, "titleRu", limit: 500)
        let leader = check.text(leader, "leader", limit: 200)
        let outcomes = check.list(outcomes, "outcomes", limit: 2000)
        let modules = check.modules(modules)
        let hours = check.hours(hours, "hours")
        let kind = check.choice(kind, "kind", Programme.Kind.self)
        let form = check.choice(form, "form", Programme.Form.self)
        let arrangement = check.choice(arrangement, "arrangement", Programme.Arrangement.self)
        // The whole programme's rules, once its parts are good, named by the field to mend.
        if let modules, let hours, let kind {
            for problem in Programme.problems(hours: hours, kind: kind, modules: modules) {
                switch problem {
                case .moduleHoursDoNotAddUp: check.add("modules", ProgrammeText.message(for: problem))
                case .kindDoesNotFitHours: check.add("kind", ProgrammeText.message(for: problem))
                }
            }
        }
        try check.validate()
        return Programme.Content(code: code!, titleKk: titleKk!, titleRu: titleRu!, leader: leader!, outcomes: outcomes!,
                                 modules: modules!, hours: hours!, kind: kind!, form: form!, arrangement: arrangement!)
    }
}

extension Programme {
    /// What a programme says, apart from its identity and life: what a form sets.
    struct Content: Equatable {
        var code, titleKk, titleRu, leader: String
        var outcomes: [String]
        var modules: [Module]
        var hours: Int
        var kind: Kind
        var form: Form
        var arrangement: Arrangement
    }

    init(_ content: Content, id: String = RecordID.new(), authorId: String, now: Date) {
        self.init(id: id, code: content.code, titleKk: content.titleKk, titleRu: content.titleRu, leader: content.leader,
                  authorId: authorId, outcomes: content.outcomes, modules: content.modules, hours: content.hours,
                  kind: content.kind, form: content.form, arrangement: content.arrangement, status: .draft,
                  approval: nil, createdAt: now, updatedAt: now)
    }

    mutating func replace(with content: Content, now: Date) {
        self = Programme(content, id: id, authorId: authorId, now: createdAt)
        updatedAt = now
    }
}

extension FieldValidator {
    /// A list of texts, at least one, none empty.
    mutating func list(_ values: [String]?, _ field: String, limit: Int) -> [String]? {
        guard let values, !values.isEmpty else { add(field, ProgrammeText.atLeastOne); return nil }
        var items: [String] = []
        for (index, value) in values.enumerated() {
            if let item = text(value, "\(field)[\(index)]", limit: limit) { items.append(item) }
        }
        return items.count == values.count ? items : nil
    }

    /// Academic hours, above zero and at most `limit` (a long course is a few hundred hours;
    /// the limit also keeps sums of hours far from overflowing).
    mutating func hours(_ value: Int?, _ field: String, limit: Int = 2000) -> Int? {
        guard let value else { add(field, .required); return nil }
        guard value > 0, value <= limit else { add(field, ProgrammeText.hoursBetween(1, limit)); return nil }
        return value
    }

    /// Each module under `modules[i].`.
    mutating func modules(_ forms: [ProgrammeForm.ModuleForm]?) -> [Programme.Module]? {
        guard let forms, !forms.isEmpty else { add("modules", ProgrammeText.atLeastOne); return nil }
        var modules: [Programme.Module] = []
        for (index, form) in forms.enumerated() {
            let module = nested("modules[\(index)]") { check -> Programme.Module? in
                let name = check.text(form.name, "name", limit: 500)
                let hours = check.hours(form.hours, "hours")
                let content = check.text(form.content, "content", limit: 10_000)
                let assessment = check.list(form.assessmentForms, "assessmentForms", limit: 200)
                guard let name, let hours, let content, let assessment else { return nil }
                return Programme.Module(name: name, hours: hours, content: content, assessmentForms: assessment)
            }
            if let module { modules.append(module) }
        }
        return modules.count == forms.count ? modules : nil
    }
}
