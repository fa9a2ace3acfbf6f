import EventContracts
import ServiceKit

/// How the refusals of `PlanRules`, and the forms' own messages, read.
extension PlanRules.Refusal: ExplainedRefusal {
    var forbidsTheCaller: Bool { self == .anotherLeadersPlan }

    var field: String? {
        switch self {
        case .inTheFuture, .outsideTheYear: "heldOn"
        case .participant(let index, _), .noSuchPlan(let index): "participants[\(index)]"
        case .closed, .anotherLeadersPlan, .yearNotOver, .yearOver, .statusBackwards: nil
        }
    }

    var code: String {
        switch self {
        case .closed: "plan-closed"
        case .anotherLeadersPlan: "plan-of-another-leader"
        case .yearNotOver: "plan-year-not-over"
        case .yearOver: "plan-year-over"
        case .statusBackwards: "publication-status-backwards"
        case .inTheFuture, .outsideTheYear, .participant, .noSuchPlan: "validation"
        }
    }

    var message: Localized {
        switch self {
        case .closed:
            Localized(kk: "Қолдау жоспары жабылған (8.2-т.)", ru: "План сопровождения закрыт (п. 8.2)",
                      en: "The follow-up plan is closed (8.2)")
        case .anotherLeadersPlan:
            Localized(kk: "Бұл басқа бағдарлама жетекшісінің жоспары (4.7-т.)", ru: "Это план другого руководителя программы (п. 4.7)",
                      en: "This plan is another programme leader's (4.7)")
        case .inTheFuture(let today): .notAfterToday(today)
        case .outsideTheYear(let startsOn, let endsOn):
            Localized(kk: "Жоспар \(startsOn.dotted) бастап \(endsOn.dotted) дейін жүреді (8.2-т.)",
                      ru: "План действует с \(startsOn.dotted) по \(endsOn.dotted) (п. 8.2)",
                      en: "The plan runs from \(startsOn) to \(endsOn) (8.2)")
        case .yearNotOver(let endsOn):
            Localized(kk: "Жоспардың жылы \(endsOn.dotted) аяқталады: қорытынды содан кейін жазылады (8.2-т.)",
                      ru: "Год плана заканчивается \(endsOn.dotted): итоги подводятся после (п. 8.2)",
                      en: "The plan's year ends on \(endsOn): it is summed up then (8.2)")
        case .yearOver(let endsOn):
            Localized(kk: "Жоспардың жылы \(endsOn.dotted) аяқталды: енді оны қорытындылау керек (8.2-т.)",
                      ru: "Год плана закончился \(endsOn.dotted): осталось подвести итоги (п. 8.2)",
                      en: "The plan's year ended on \(endsOn): it remains to sum it up (8.2)")
        case .statusBackwards(let old, let new):
            Localized(kk: "Жарияланым «\(old.rawValue)» күйінен «\(new.rawValue)» күйіне қайтпайды",
                      ru: "Публикация не возвращается из состояния «\(old.rawValue)» в «\(new.rawValue)»",
                      en: "A publication does not go back from \(old.rawValue) to \(new.rawValue)")
        case .participant(_, let refusal): refusal.message
        case .noSuchPlan:
            Localized(kk: "Мұндай қолдау жоспары жоқ", ru: "Такого плана сопровождения нет", en: "There is no such follow-up plan")
        }
    }
}

enum PlanText {
    static let referenceNeeded = Localized(kk: "Жарияланған жұмыстың сілтемесін көрсетіңіз",
                                           ru: "Укажите ссылку на опубликованную работу",
                                           en: "Give the reference of the published work")
    static let participantTwice = Localized(kk: "Бір жоспар екі рет көрсетілген", ru: "Один план указан дважды",
                                            en: "A plan is listed twice")
}
