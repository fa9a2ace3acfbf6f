import ServiceKit

extension FinalAssessmentRules.Refusal: ExplainedRefusal {
    var code: String { "already-assessed" }
    var message: Localized {
        Localized(kk: "Қорытынды бағалау бұрын жазылған", ru: "Итоговая оценка уже записана", en: "The final assessment is already recorded")
    }
    var detail: Localized? {
        Localized(kk: "Қайта бағалау 7.4.1-тармақ бойынша жүргізіледі.", ru: "Повторная оценка проводится по п. 7.4.1.",
                  en: "Reassessment follows clause 7.4.1.")
    }
}
