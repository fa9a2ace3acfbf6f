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
        case .expelled: StoreText.expelled
        case .interrupted: StoreText.interrupted
        case .decided:
            Localized(kk: "Нәтиже бұрын шығарылған", ru: "Результат уже подведён", en: "The result is decided already")
        case .incomplete:
            Localized(kk: "Барлық бағалар қойылмаған", ru: "Выставлены не все оценки", en: "Not every part is graded")
        case .courseNotCompleted:
            Localized(kk: "Топтың оқуы әлі аяқталмаған", ru: "Обучение группы ещё не завершено", en: "The group's course is not completed yet")
        }
    }

    var detail: Localized? {
        switch self {
        case .incomplete(let missing):
            let list = missing.joined(separator: "; ")
            return Localized(kk: "Бағасы жоқ: \(list)", ru: "Нет оценки: \(list)", en: "Not graded: \(list)")
        case .expelled(let day): return StoreText.expelled(on: day)
        case .interrupted(let day): return StoreText.interrupted(on: day)
        case .decided, .courseNotCompleted: return nil
        }
    }
}
