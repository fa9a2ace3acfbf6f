import ServiceKit

extension FinalAssessmentRules.Refusal: ExplainedRefusal {
    /// The date is the form's to mend; the rest is the state of things.
    var field: String? {
        switch self {
        case .beforeAdmission, .inTheFuture: "assessedOn"
        case .expelled, .alreadyAssessed: nil
        }
    }

    var code: String {
        switch self {
        case .expelled: "listener-expelled"
        case .alreadyAssessed: "already-assessed"
        case .beforeAdmission, .inTheFuture: "validation"
        }
    }

    var message: Localized {
        switch self {
        case .expelled:
            Localized(kk: "Тыңдаушы оқудан шығарылған", ru: "Слушатель отчислен", en: "The listener is expelled")
        case .alreadyAssessed:
            Localized(kk: "Қорытынды бағалау бұрын жазылған", ru: "Итоговая оценка уже записана", en: "The final assessment is already recorded")
        case .beforeAdmission(let day):
            Localized(kk: "Тыңдаушы \(day.dotted) қабылданған: бағалау одан бұрын болмайды (7.1-т.)",
                      ru: "Слушатель зачислен \(day.dotted): оценка не может быть раньше (п. 7.1)",
                      en: "The listener was admitted on \(day): the assessment cannot be earlier (7.1)")
        case .inTheFuture(let today):
            Localized(kk: "Бағалау күні бүгінгі күннен (\(today.dotted)) кейін болмайды",
                      ru: "Дата оценки не может быть позже сегодняшнего дня (\(today.dotted))",
                      en: "The assessment cannot be dated after today (\(today))")
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
        case .beforeAdmission, .inTheFuture: nil
        }
    }
}
