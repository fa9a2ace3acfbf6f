import Foundation
import ServiceKit
import Storage

/// A trainer as staff record them. What the rules of regulation 5 ask is recorded as it is,
/// even when it falls short: the rules are applied when the trainer is assigned to a group.
public struct TrainerForm: Codable, Sendable {
    public var fullName: String?
    public var category: String?
    public var engagement: String?
    public var certification: CertificationForm?
    public var industryExperienceYears: Int?
    public var contract: ContractForm?

    public struct CertificationForm: Codable, Sendable {
        public var number: String?
        public var issuer: String?
        public var issuedOn: String?
    }

    public struct ContractForm: Codable, Sendable {
        public var kind: String?
        public var number: String?
        public var validFrom: String?
        public var validUntil: String?
    }

    struct Valid {
        var fullName: String
        var category: Trainer.Category
        var engagement: Trainer.Engagement
        var certification: Trainer.Certification?
        var industryExperienceYears: Int
        var contract: Trainer.Contract?
    }

    func validated() throws -> Valid {
        var check = FieldValidator()
        let fullName = check.text(fullName, "fullName", limit: 200)
        let category = check.choice(category, "category", Trainer.Category.self)
        let engagement = check.choice(engagement, "engagement", Trainer.Engagement.self)
        let years = industryExperienceYears ?? 0
        if years < 0 || years > 70 { check.add("industryExperienceYears", TrainerText.impossibleYears) }
        let certification = self.certification.flatMap { form in
            check.nested("certification") { check -> Trainer.Certification? in
                let number = check.text(form.number, "number", limit: 100)
                let issuer = check.text(form.issuer, "issuer", limit: 300)
                let issuedOn = check.dateText(form.issuedOn, "issuedOn")
                guard let number, let issuer, let issuedOn else { return nil }
                return Trainer.Certification(number: number, issuer: issuer, issuedOn: issuedOn)
            }
        }
        let contract = self.contract.flatMap { form in
            check.nested("contract") { check -> Trainer.Contract? in
                let kind = check.choice(form.kind, "kind", Trainer.Contract.Kind.self)
                let number = check.text(form.number, "number", limit: 100)
                let from = check.dateText(form.validFrom, "validFrom")
                let until = check.dateText(form.validUntil, "validUntil")
                if let from, let until, until < from { check.add("validUntil", .endsBeforeItStarts) }
                guard let kind, let number, let from, let until, until >= from else { return nil }
                return Trainer.Contract(kind: kind, number: number, validFrom: from, validUntil: until)
            }
        }
        try check.validate()
        return Valid(fullName: fullName!, category: category!, engagement: engagement!, certification: certification,
                     industryExperienceYears: years, contract: contract)
    }
}

extension Trainer {
    init(_ form: TrainerForm.Valid, id: String = RecordID.new(), createdAt: Date, now: Date) {
        self.init(id: id, fullName: form.fullName, category: form.category, engagement: form.engagement,
                  certification: form.certification, industryExperienceYears: form.industryExperienceYears,
                  contract: form.contract, createdAt: createdAt, updatedAt: now)
    }
}
