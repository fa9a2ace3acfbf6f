import ServiceKit

extension DecisionRules.Refusal: ExplainedRefusal {
    var code: String {
        switch self {
        case .expelled: "listener-expelled"
        case .interrupted: "course-interrupted"
        case .decided: "already-decided"
        case .incomplete: "grades-missing"
        case .courseNotCompleted: "course-not-completed"
        }
    }

    var message: Localized {
        switch self {
        case .expelled:
            Localized(kk: "Тыңдаушы оқудан шығарылған", ru: "Слушатель отчислен", en: "The listener is expelled")
        case .interrupted:
            Localized(kk: "Тыңдаушының оқуы үзілген", ru: "Обучение слушателя прервано", en: "The listener's course is interrupted")
        case .decided:
            Localized(kk: "Нәтиже бұрын шығарылған", ru: "Результат уже подведён", en: "The result is decided already")
        case .incomplete:
            Localized(kk: "Барлық бағалар қойылмаған", ru: "Выставлены не все оценки", en: "Not every part is graded")
        case .courseNotCompleted:
            Localized(kk: "Топтың оқуы әлі аяқталмаған", ru: "Обучение группы ещё не завершено", en: "The group's course is not completed yet")
        }
    }

    var detail: Localized? {
        guard case .incomplete(let missing) = self else { return nil }
        let list = missing.joined(separator: "; ")
        return Localized(kk: "Бағасы жоқ: \(list)", ru: "Нет оценки: \(list)", en: "Not graded: \(list)")
    }
}
