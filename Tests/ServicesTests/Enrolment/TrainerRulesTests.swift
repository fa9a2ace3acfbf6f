@testable import EnrolmentService
import EventContracts
import Foundation
import Testing

@Suite("Trainer rules (regulation 5.1)")
struct TrainerRulesTests {
    static let contract = Trainer.Contract(kind: .serviceContract, number: "ДУ-17", validFrom: day("2026-09-01"), validUntil: day("2026-12-31"))
    static let certification = Trainer.Certification(number: "CT-0042", issuer: "Orleu", issuedOn: day("2025-05-20"))

    static func day(_ text: String) -> CalendarDate { CalendarDate(text)! }

    /// Why the trainer may not teach from `first` to `last`.
    static func refusals(_ trainer: Trainer, from first: String, until last: String) -> [TrainerRules.Refusal] {
        TrainerRules.refusals(of: trainer, for: day(first)...day(last))
    }

    static func refusals(_ trainer: Trainer, on date: String) -> [TrainerRules.Refusal] { refusals(trainer, from: date, until: date) }

    static func trainer(_ category: Trainer.Category = .universityStaff, _ engagement: Trainer.Engagement = .internal,
                        certified: Bool = false, years: Int = 0, contract: Trainer.Contract? = contract) -> Trainer {
        Trainer(id: "t", fullName: "T", category: category, engagement: engagement,
                certification: certified ? certification : nil, industryExperienceYears: years, contract: contract,
                createdAt: Date(), updatedAt: Date())
    }

    @Test("an internal member of staff with a contract in force may teach")
    func qualified() {
        #expect(Self.refusals(Self.trainer(), on: "2026-10-01").isEmpty)
    }

    @Test("5.1.2: an industry specialist needs three years in industry", arguments: [(2, false), (3, true), (10, true)])
    func industryExperience(years: Int, qualifies: Bool) {
        let refusals = Self.refusals(Self.trainer(.industrySpecialist, years: years), on: "2026-10-01")
        #expect(refusals.isEmpty == qualifies)
        if !qualifies { #expect(refusals == [.tooLittleIndustryExperience(years: years)]) }
    }

    @Test("5.1.2 asks years of industry specialists only")
    func otherCategoriesNeedNoIndustryYears() {
        for category in [Trainer.Category.subjectTeacher, .universityStaff, .hourlyPractitioner] {
            #expect(Self.refusals(Self.trainer(category, years: 0), on: "2026-10-01").isEmpty)
        }
    }

    @Test("5.1.5: an external trainer must be certified; an internal one need not be")
    func externalCertification() {
        #expect(Self.refusals(Self.trainer(.hourlyPractitioner, .external), on: "2026-10-01") == [.externalNotCertified])
        #expect(Self.refusals(Self.trainer(.hourlyPractitioner, .external, certified: true), on: "2026-10-01").isEmpty)
        #expect(TrainerRules.Refusal.externalNotCertified.clause == "5.1.5")
    }

    @Test("5.1.6: a contract is needed, in force on the day, both ends included",
          arguments: [("2026-08-31", false), ("2026-09-01", true), ("2026-12-31", true), ("2027-01-01", false)])
    func contractInForce(day: String, inForce: Bool) {
        let refusals = Self.refusals(Self.trainer(), on: day)
        #expect(refusals == (inForce ? [] : [.contractNotInForce(validFrom: Self.day("2026-09-01"), validUntil: Self.day("2026-12-31"))]))
        #expect(Self.refusals(Self.trainer(contract: nil), on: day) == [.noContract])
    }

    @Test("5.1.6: the contract must cover the whole course, not only its first day")
    func contractCoversTheCourse() {
        #expect(Self.refusals(Self.trainer(), from: "2026-09-07", until: "2026-12-31").isEmpty)
        #expect(Self.refusals(Self.trainer(), from: "2026-12-20", until: "2027-01-15")
                == [.contractNotInForce(validFrom: Self.day("2026-09-01"), validUntil: Self.day("2026-12-31"))])
    }

    @Test("every reason is given at once, each with its clause, in Russian with plurals")
    func everyReason() {
        let refusals = Self.refusals(Self.trainer(.industrySpecialist, .external, years: 2, contract: nil), on: "2026-10-01")
        #expect(refusals.map(\.clause) == ["5.1.2", "5.1.5", "5.1.6"])
        #expect(refusals[0].message.ru
                == "п. 5.1.2: у специалиста производства должно быть не меньше 3 лет стажа на производстве, у этого тренера — 2 года")
    }
}
