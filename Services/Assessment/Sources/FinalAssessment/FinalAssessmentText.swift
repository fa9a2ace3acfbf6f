import ServiceKit

extension FinalAssessmentRules.Refusal: ExplainedRefusal {
    var code: String {
        switch self {
        case .expelled: "listener-expelled"
        case .alreadyAssessed: "already-assessed"
        }
    }

    var message: Localized {
        switch self {
        case .expelled:
            Localized(kk: "Тыңдаушы оқудан шығарылған", ru: "Слушатель отчислен", en: "The listener is expelled")
        case .alreadyAssessed:
            Localized(kk: "Қорытынды бағалау бұрын жазылған", ru: "Итоговая оценка уже записана", en: "The final assessment is already recorded")
        }
    }

    var detail: Localized? {
        switch self {
        case .expelled(let day):
            Localized(kk: "\(day.dotted) бастап оқудан шығарылған (7.5-т.): бағаланбайды", ru: "Отчислен с \(day.dotted) (п. 7.5): оценки не ставятся",
                      en: "Expelled on \(day) (7.5): no result is recorded")
        case .alreadyAssessed:
            Localized(kk: "Қайта бағалау 7.4.1-тармақ бойынша жүргізіледі.", ru: "Повторная оценка проводится по п. 7.4.1.",
                      en: "Reassessment follows clause 7.4.1.")
        }
    }
}
