import Hummingbird
import ServiceKit

/// What enrolment says about programmes, in Kazakh, Russian and English.
enum ProgrammeText {
    static let notFound = Localized(kk: "Бағдарлама табылмады", ru: "Программа не найдена", en: "No such programme")
    static let atLeastOne = Localized(kk: "Кемінде біреуі қажет", ru: "Нужен хотя бы один пункт", en: "At least one is needed")
    static func hoursBetween(_ low: Int, _ high: Int) -> Localized {
        Localized(kk: "Сағат саны \(low)-ден \(high)-ге дейін", ru: "Число часов — от \(low) до \(high)",
                  en: "Hours are from \(low) to \(high)")
    }

    static func message(for problem: ProgrammeProblem) -> Localized {
        switch problem {
        case .moduleHoursDoNotAddUp(let sum, let hours):
            Localized(kk: "Модульдер сағаттарының қосындысы \(sum), бағдарламада \(hours) сағат",
                      ru: "Модули в сумме дают \(RussianPlural.hours(sum)), а в программе \(RussianPlural.hours(hours))",
                      en: "The modules add up to \(sum) hours, the programme has \(hours)")
        case .kindDoesNotFitHours(let kind, let hours):
            Localized(kk: "\(kind.kk) — \(kind.rangeKk); бұл бағдарламада \(hours) сағат",
                      ru: "\(kind.ru) — \(kind.rangeRu), а здесь \(RussianPlural.hours(hours))",
                      en: "A \(kind.rawValue) programme has \(kind.rangeEn) academic hours, this one \(hours)")
        }
    }

    static func conflict(_ detail: Localized) -> Problem {
        Problem(status: .conflict, type: Problem.typeBase + "programme-status",
                title: Localized(kk: "Бағдарлама күйі бұған мүмкіндік бермейді", ru: "Статус программы этого не допускает",
                                 en: "The programme's status does not allow this"),
                detail: detail)
    }

    static let codeTaken = Problem(
        status: .conflict, type: Problem.typeBase + "programme-code-taken",
        title: Localized(kk: "Бұл код бос емес", ru: "Такой код уже есть", en: "That code is taken"),
        detail: Localized(kk: "Бұл кодпен бағдарлама бар.", ru: "Программа с этим кодом уже есть.",
                          en: "A programme with this code exists."))

    static let onlyDraftsChange = conflict(Localized(
        kk: "Тек жобаны өзгертуге болады; бекітілген бағдарлама жаңа кодпен жаңа жоба ретінде жазылады.",
        ru: "Изменить можно только проект; утверждённую программу пишут новым проектом с новым кодом.",
        en: "Only a draft changes; an approved programme is revised as a new draft with a new code."))
    static let onlyDraftsAreApproved = conflict(Localized(
        kk: "Тек жоба бекітіледі.", ru: "Утвердить можно только проект.", en: "Only a draft is approved."))
    static let onlyApprovedRetire = conflict(Localized(
        kk: "Тек бекітілген бағдарлама тоқтатылады.", ru: "Снять с применения можно только утверждённую программу.",
        en: "Only an approved programme is retired."))
}

extension Programme.Kind {
    var kk: String {
        switch self {
        case .short: "Қысқа мерзімді курс"
        case .long: "Ұзақ мерзімді курс"
        case .internship: "Тағылымдама"
        }
    }

    var ru: String {
        switch self {
        case .short: "Краткосрочный курс"
        case .long: "Долгосрочный курс"
        case .internship: "Стажировка"
        }
    }

    var rangeKk: String {
        switch self {
        case .short: "36–108 академиялық сағат"
        case .long: "108 академиялық сағаттан көп"
        case .internship: "кемінде 36 академиялық сағат"
        }
    }

    var rangeRu: String {
        switch self {
        case .short: "от 36 до 108 академических часов"
        case .long: "больше 108 академических часов"
        case .internship: "не меньше 36 академических часов"
        }
    }

    var rangeEn: String {
        switch self {
        case .short: "36 to 108"
        case .long: "over 108"
        case .internship: "at least 36"
        }
    }
}
