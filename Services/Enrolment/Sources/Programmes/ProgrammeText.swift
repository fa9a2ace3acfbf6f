import ServiceKit

/// What enrolment says about programmes, in Kazakh, Russian and English.
enum ProgrammeText {
    static func message(for problem: ProgrammeRules.Problem) -> Localized {
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

extension ProgrammeRules.Refusal: ExplainedRefusal {
    /// Another leader's programme is forbidden to the caller, as a role's limits are.
    var forbidsTheCaller: Bool { self == .anotherLeadersWork }

    var code: String {
        switch self {
        case .codeTaken: "programme-code-taken"
        case .notADraft, .notApproved: "programme-status"
        case .anotherLeadersWork: "programme-of-another-leader"
        }
    }

    var message: Localized {
        switch self {
        case .codeTaken: Localized(kk: "Бұл кодпен бағдарлама бар", ru: "Программа с этим кодом уже есть", en: "A programme with this code exists")
        case .notADraft, .notApproved:
            Localized(kk: "Бағдарлама күйі бұған мүмкіндік бермейді", ru: "Статус программы этого не допускает",
                      en: "The programme's status does not allow this")
        case .anotherLeadersWork:
            Localized(kk: "Бағдарлама басқа жетекшінің еңбегі (4.7-т.)", ru: "Программа — работа другого руководителя (п. 4.7)",
                      en: "The programme is another leader's work (4.7)")
        }
    }

    var detail: Localized? {
        switch self {
        case .codeTaken, .anotherLeadersWork: nil
        case .notADraft:
            Localized(kk: "Тек жоба өзгертіледі және бекітіледі; бекітілген бағдарлама жаңа кодпен жаңа жоба ретінде жазылады",
                      ru: "Изменить и утвердить можно только проект; утверждённую программу пишут новым проектом с новым кодом",
                      en: "Only a draft changes and is approved; an approved programme is revised as a new draft with a new code")
        case .notApproved:
            Localized(kk: "Тек бекітілген бағдарлама тоқтатылады", ru: "Снять с применения можно только утверждённую программу",
                      en: "Only an approved programme is retired")
        }
    }
}
