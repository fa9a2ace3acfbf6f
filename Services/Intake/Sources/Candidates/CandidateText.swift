import ServiceKit

extension CandidateRules.Refusal: ExplainedRefusal {
    var field: String? {
        if case .alreadyApplied(let field, _, _) = self { return field }
        return nil
    }

    var code: String {
        switch self {
        case .cannotWithdraw: "candidate-settled"
        case .fileClosed: "file-closed"
        case .alreadyApplied: "validation"
        }
    }

    var message: Localized {
        switch self {
        case .cannotWithdraw:
            Localized(kk: "Кандидатты қайтарып алуға болмайды", ru: "Кандидата нельзя отозвать", en: "The candidate can no longer be withdrawn")
        case .fileClosed:
            Localized(kk: "Кандидаттың құжаттары енді өзгермейді", ru: "Документы кандидата больше не меняются",
                      en: "The candidate's file can no longer change")
        case .alreadyApplied(_, let id, true):
            Localized(kk: "Бұл педагогтің осы бағдарламаға ашық өтініші бар: кандидат \(id)",
                      ru: "У этого педагога уже есть открытое заявление на эту программу: кандидат \(id)",
                      en: "This teacher already has an open application for this programme: candidate \(id)")
        case .alreadyApplied(_, _, false):
            // Another organisation's candidate is only said to exist (the centre's staff can tell whose it is).
            Localized(kk: "Бұл педагогтің осы бағдарламаға басқа ұйым арқылы ашық өтініші бар",
                      ru: "У этого педагога уже есть открытое заявление на эту программу от другой организации",
                      en: "This teacher already has an open application for this programme, through another organisation")
        }
    }

    var detail: Localized? {
        switch self {
        case .cannotWithdraw(let status), .fileClosed(let status): CandidateText.status(status)
        case .alreadyApplied: nil
        }
    }
}

/// What intake says of a candidate, in Kazakh, Russian and English.
enum CandidateText {
    static func status(_ status: Candidate.Status) -> Localized {
        Localized(kk: "Мәртебесі: \(status.rawValue)", ru: "Статус: \(status.rawValue)", en: "Status: \(status.rawValue)")
    }
}
