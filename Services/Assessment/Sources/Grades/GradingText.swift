import ServiceKit

extension GradingRules.Refusal: ExplainedRefusal {
    var forbidsTheCaller: Bool { self == .notTheirGroup }

    var field: String? {
        switch self {
        case .noSuchPart: "part"
        case .pointsNeeded, .pointsNotUsed: "points"
        case .resultNeeded, .resultNotUsed: "result"
        case .externalBodyNeeded: "externalBody"
        case .assessorNeeded: "assessor"
        case .inTheFuture, .beforeTheCourse, .beforeTheAdmission, .beforeTheReassessment, .beforeTheLastDays: "assessedOn"
        case .reasonNeeded: "reason"
        case .notTheirGroup, .expelled, .interrupted, .decided, .noPlan: nil
        }
    }

    var code: String {
        switch self {
        case .notTheirGroup: "not-your-group"
        case .expelled: "listener-expelled"
        case .interrupted: "course-interrupted"
        case .decided: "already-decided"
        case .noPlan: "no-assessment-plan"
        default: "validation"
        }
    }

    var message: Localized {
        switch self {
        case .notTheirGroup:
            Localized(kk: "Тренер өзі бекітілген топтарды ғана бағалайды", ru: "Тренер оценивает только свои группы",
                      en: "A trainer grades only the groups they are assigned to")
        case .expelled: StoreText.expelled
        case .interrupted: StoreText.interrupted
        case .decided(let result):
            result == .passed
                ? Localized(kk: "Тыңдаушы бағалаудан өтті: бағалар өзгермейді", ru: "Слушатель уже аттестован: оценки не меняются",
                            en: "The listener has passed: the grades no longer change")
                : Localized(kk: "Нәтиже шығарылды: жаңа бағалар қайта бағалауда қойылады",
                            ru: "Результат уже подведён: новые оценки ставятся при повторной аттестации",
                            en: "The result is decided: new grades belong to a reassessment")
        case .noPlan:
            Localized(kk: "Бағдарламаның бағалау жоспары әлі келмеген", ru: "План оценивания программы ещё не получен",
                      en: "The programme's assessment plan has not arrived yet")
        case .noSuchPart(let part):
            Localized(kk: "Жоспарда «\(part)» бөлімі жоқ", ru: "В плане нет части «\(part)»", en: "The plan has no part \(part)")
        case .pointsNeeded:
            Localized(kk: "Әріптік шкала бойынша балл қойыңыз (0–100)", ru: "Укажите баллы по буквенной шкале (0–100)",
                      en: "Give the points on the letter scale (0–100)")
        case .pointsNotUsed:
            Localized(kk: "Бұл бөлім сынақпен бағаланады: балл қойылмайды", ru: "Эта часть оценивается зачётом: баллы не ставятся",
                      en: "This part is pass/fail: no points")
        case .resultNeeded:
            Localized(kk: "Сынақ нәтижесін көрсетіңіз: pass немесе fail", ru: "Укажите результат зачёта: pass или fail",
                      en: "Give the pass/fail result: pass or fail")
        case .resultNotUsed:
            Localized(kk: "Бұл бөлім баллмен бағаланады", ru: "Эта часть оценивается в баллах", en: "This part is graded in points")
        case .externalBodyNeeded:
            Localized(kk: "Сыртқы қорытынды бағалауды өткізген ұйымды көрсетіңіз (2.10-т.)",
                      ru: "Укажите организацию, проводившую внешнее итоговое оценивание (п. 2.10)",
                      en: "Name the body that held the external final assessment (2.10)")
        case .assessorNeeded:
            Localized(kk: "Сыртқы бағалаушыны көрсетіңіз (2.10-т.)", ru: "Укажите внешнего оценщика (п. 2.10)",
                      en: "Name the external assessor (2.10)")
        case .inTheFuture(let today):
            Localized(kk: "Баға күні бүгінгі күннен (\(today.dotted)) кейін болмайды",
                      ru: "Дата оценки не может быть позже сегодняшнего дня (\(today.dotted))",
                      en: "A grade cannot be dated after today (\(today))")
        case .beforeTheCourse(let day):
            Localized(kk: "Оқу \(day.dotted) басталды: баға одан бұрын қойылмайды (7.1-т.)",
                      ru: "Обучение началось \(day.dotted): оценка не может быть раньше (п. 7.1)",
                      en: "The course began on \(day): a grade cannot be earlier (7.1)")
        case .beforeTheAdmission(let day):
            Localized(kk: "Тыңдаушы топқа \(day.dotted) қабылданды: баға одан бұрын қойылмайды (7.1-т.)",
                      ru: "Слушатель зачислен в группу \(day.dotted): оценка не может быть раньше (п. 7.1)",
                      en: "The listener joined the group on \(day): a grade cannot be earlier (7.1)")
        case .beforeTheReassessment(let day):
            Localized(kk: "Қайта бағалау \(day.dotted) ашылды: баға одан бұрын қойылмайды",
                      ru: "Повторная аттестация открыта \(day.dotted): оценка не может быть раньше",
                      en: "The reassessment was opened on \(day): a grade cannot be earlier")
        case .beforeTheLastDays(let day):
            Localized(kk: "Қорытынды бағалау курстың соңғы күндерінде, \(day.dotted) бастап өтеді (7.1-т.)",
                      ru: "Итоговое оценивание проводится в последние дни курса, с \(day.dotted) (п. 7.1)",
                      en: "The final assessment belongs to the course's last days, from \(day) (7.1)")
        case .reasonNeeded:
            Localized(kk: "Бағаны түзету себебін көрсетіңіз", ru: "Укажите причину исправления оценки",
                      en: "Give the reason for correcting the grade")
        }
    }

    var detail: Localized? {
        switch self {
        case .expelled(let day): StoreText.expelled(on: day)
        case .interrupted(let day): StoreText.interrupted(on: day)
        case .decided(.failed):
            Localized(kk: "Қайта бағалау 7.4.1–7.4.2-тармақтар бойынша ашылады.", ru: "Повторная аттестация открывается по пп. 7.4.1–7.4.2.",
                      en: "A reassessment is opened under 7.4.1–7.4.2.")
        default: nil
        }
    }
}
