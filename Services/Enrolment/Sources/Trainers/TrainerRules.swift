/// Why a trainer may not teach on a given day, each with the clause of regulation 5 that says so.
enum TrainerRefusal: Equatable {
    /// 5.1.2: an industry specialist with fewer than three years in industry.
    case tooLittleIndustryExperience(years: Int)
    /// 5.1.5: an external trainer without certified-trainer evidence.
    case externalNotCertified
    /// 5.1.6: no contract or addendum.
    case noContract
    /// 5.1.6: a contract that is not in force on the day.
    case contractNotInForce(validFrom: String, validUntil: String)

    var clause: String {
        switch self {
        case .tooLittleIndustryExperience: "5.1.2"
        case .externalNotCertified: "5.1.5"
        case .noContract, .contractNotInForce: "5.1.6"
        }
    }
}

extension Trainer {
    /// The minimum years in industry of an industry specialist (5.1.2).
    static let minimumIndustryYears = 3

    /// Every reason the trainer may not teach on `day` (`yyyy-MM-dd`); none means they may.
    func refusals(on day: String) -> [TrainerRefusal] {
        refusals(from: day, until: day)
    }

    /// Every reason the trainer may not teach from `first` to `last` day: the contract must
    /// be in force all that time (5.1.6).
    func refusals(from first: String, until last: String) -> [TrainerRefusal] {
        var refusals: [TrainerRefusal] = []
        if category == .industrySpecialist && industryExperienceYears < Self.minimumIndustryYears {
            refusals.append(.tooLittleIndustryExperience(years: industryExperienceYears))
        }
        if engagement == .external && certification == nil { refusals.append(.externalNotCertified) }
        if let contract {
            // ISO dates compare as text.
            if first < contract.validFrom || last > contract.validUntil {
                refusals.append(.contractNotInForce(validFrom: contract.validFrom, validUntil: contract.validUntil))
            }
        } else {
            refusals.append(.noContract)
        }
        return refusals
    }
}
