import EventContracts
import Foundation
import ServiceKit
import Storage

/// A trainer as staff record them. What the rules of regulation 5 ask is recorded as it is,
/// even when it falls short: the rules are applied when the trainer is assigned to a group.
struct TrainerForm: Form {
    var fullName: String?
    var category: String?
    var engagement: String?
    var certification: CertificationForm?
    var industryExperienceYears: Int?
    var contract: ContractForm?

    struct CertificationForm: FormPart {
        var number: String?
        var issuer: String?
        var issuedOn: String?
    }

    struct ContractForm: FormPart {
        var kind: String?
        var number: String?
        var validFrom: String?
        var validUntil: String?
    }

    struct Valid: Sendable {
        var fullName: String
        var category: Trainer.Category
        var engagement: Trainer.Engagement
        var certification: Trainer.Certification?
        var industryExperienceYears: Int
        var contract: Trainer.Contract?
    }

    func read(_ check: inout FieldValidator) -> Valid? {
        let fullName = check.personName(fullName, "fullName")
        let category = check.choice(category, "category", Trainer.Category.self,
                                    description: "5.1.1 subject-teacher, 5.1.2 industry-specialist, 5.1.3 university-staff, 5.1.4 hourly-practitioner")
        let engagement = check.choice(engagement, "engagement", Trainer.Engagement.self,
                                      description: "An external trainer must be a certified trainer (5.1.5)")
        let certification = check.optionalObject(certification, "certification",
                                                 description: "Evidence of being a certified trainer (2.9)") { check, form -> Trainer.Certification? in
            let number = check.text(form.number, "number", limit: 100)
            let issuer = check.text(form.issuer, "issuer", limit: 300)
            let issuedOn = check.date(form.issuedOn, "issuedOn", in: .lifetime)
            guard let number, let issuer, let issuedOn else { return nil }
            return Trainer.Certification(number: number, issuer: issuer, issuedOn: issuedOn)
        }
        let years = check.optionalInteger(industryExperienceYears, "industryExperienceYears", in: 0...70,
                                          description: "Years in industry: an industry specialist needs 3 (5.1.2)")
        let contract = check.optionalObject(contract, "contract",
                                            description: "The service contract or employment addendum (5.1.6)") { check, form -> Trainer.Contract? in
            let kind = check.choice(form.kind, "kind", Trainer.Contract.Kind.self)
            let number = check.text(form.number, "number", limit: 100)
            let from = check.date(form.validFrom, "validFrom")
            let until = check.date(form.validUntil, "validUntil")
            if let from, let until, until < from { check.add("validUntil", .endsBeforeItStarts); return nil }
            guard let kind, let number, let from, let until else { return nil }
            return Trainer.Contract(kind: kind, number: number, validFrom: from, validUntil: until)
        }
        guard check.isValid, let fullName, let category, let engagement else { return nil }
        return Valid(fullName: fullName, category: category, engagement: engagement, certification: certification,
                     industryExperienceYears: years ?? 0, contract: contract)
    }
}

/// A trainer to assign to a group.
struct AssignmentForm: Form {
    var trainerId: String?

    func read(_ check: inout FieldValidator) -> String? { check.identifier(trainerId, "trainerId") }
}

extension Trainer {
    init(_ form: TrainerForm.Valid, id: String = RecordID.new(), createdAt: Date, now: Date) {
        self.init(id: id, fullName: form.fullName, category: form.category, engagement: form.engagement,
                  certification: form.certification, industryExperienceYears: form.industryExperienceYears,
                  contract: form.contract, createdAt: createdAt, updatedAt: now)
    }
}
