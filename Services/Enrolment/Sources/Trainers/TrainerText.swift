import ServiceKit

/// Why a trainer may not teach a group, in Kazakh, Russian and English.
extension TrainerRules.Refusal: ExplainedRefusal {
    var field: String? { "trainerId" }
    var code: String { "trainer-refused" }

    /// The refusal, opening with the clause that forbids the assignment.
    var message: Localized {
        let clause = self.clause ?? ""
        switch self {
        case .tooLittleIndustryExperience(let years):
            return Localized(
                kk: "\(clause)-т.: өндіріс маманының өндірістегі өтілі кемінде 3 жыл болуы керек, бұл тренерде \(years) жыл",
                ru: "п. \(clause): у специалиста производства должно быть не меньше 3 лет стажа на производстве, у этого тренера — \(RussianPlural.years(years))",
                en: "\(clause): an industry specialist needs at least 3 years in industry; this trainer has \(years)")
        case .externalNotCertified:
            return Localized(
                kk: "\(clause)-т.: шақырылған тренер сертификатталған тренер болуы керек",
                ru: "п. \(clause): приглашённый тренер должен быть сертифицированным тренером",
                en: "\(clause): an external trainer must be a certified trainer")
        case .noContract:
            return Localized(
                kk: "\(clause)-т.: тренермен қызмет көрсету шарты немесе еңбек шартына қосымша келісім жасалуы керек",
                ru: "п. \(clause): с тренером должен быть договор оказания услуг или дополнительное соглашение к трудовому договору",
                en: "\(clause): the trainer needs a service contract or an addendum to an employment contract")
        case .contractNotInForce(let from, let until):
            let (dottedFrom, dottedUntil) = (from.dotted, until.dotted)
            return Localized(
                kk: "\(clause)-т.: тренердің шарты \(dottedFrom) – \(dottedUntil) аралығында ғана күшінде",
                ru: "п. \(clause): договор тренера действует только с \(dottedFrom) по \(dottedUntil)",
                en: "\(clause): the trainer's contract is in force only from \(from) to \(until)")
        case .alreadyAssigned:
            return Localized(kk: "Тренер бұл топқа тағайындалған", ru: "Тренер уже назначен в эту группу",
                             en: "The trainer is already assigned to this group")
        case .unknownTrainer:
            return Localized(kk: "Мұндай тренер жоқ", ru: "Такого тренера нет", en: "No such trainer")
        }
    }
}
