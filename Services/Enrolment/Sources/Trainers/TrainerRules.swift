import EventContracts
import ServiceKit

/// Regulation 5's rules for who may teach, as plain values.
enum TrainerRules {
    /// The minimum years in industry of an industry specialist (5.1.2).
    static let minimumIndustryYears = 3

    /// Why a trainer may not teach a group, each with the clause of regulation 5 that says so.
    enum Refusal: RuleRefusal {
        /// 5.1.2: an industry specialist with fewer than three years in industry.
        case tooLittleIndustryExperience(years: Int)
        /// 5.1.5: an external trainer without certified-trainer evidence.
        case externalNotCertified
        /// 5.1.6: no contract or addendum.
        case noContract
        /// 5.1.6: a contract that is not in force all the days the group studies.
        case contractNotInForce(validFrom: CalendarDate, validUntil: CalendarDate)
        /// The trainer already teaches the group.
        case alreadyAssigned
        /// The form names a trainer enrolment does not have.
        case unknownTrainer

        var clause: String? {
            switch self {
            case .tooLittleIndustryExperience: "5.1.2"
            case .externalNotCertified: "5.1.5"
            case .noContract, .contractNotInForce: "5.1.6"
            case .alreadyAssigned, .unknownTrainer: nil
            }
        }
    }

    /// Every reason the trainer may not teach on the days `dates`: the contract must be in
    /// force all that time (5.1.6). None means they may.
    static func refusals(of trainer: Trainer, for dates: ClosedRange<CalendarDate>) -> [Refusal] {
        var refusals: [Refusal] = []
        if trainer.category == .industrySpecialist && trainer.industryExperienceYears < minimumIndustryYears {
            refusals.append(.tooLittleIndustryExperience(years: trainer.industryExperienceYears))
        }
        if trainer.engagement == .external && trainer.certification == nil { refusals.append(.externalNotCertified) }
        if let contract = trainer.contract {
            if dates.lowerBound < contract.validFrom || dates.upperBound > contract.validUntil {
                refusals.append(.contractNotInForce(validFrom: contract.validFrom, validUntil: contract.validUntil))
            }
        } else {
            refusals.append(.noContract)
        }
        return refusals
    }
}
