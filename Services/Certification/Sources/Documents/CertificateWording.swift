import EventContracts
import ServiceKit

/// The sentences of the certificate and its appendix (Appendices 3 and 4), in Kazakh and
/// Russian, with the hours in the case each sentence needs and the verb in the holder's gender.
enum CertificateWording {
    /// «Осы сертификат … 72 академиялық сағат көлемінде … өткенін растайды.» Kazakh nouns do not
    /// change after a number, and its verbs have no gender.
    static func statementKk(name: String, topic: String, hours: Int?) -> String {
        let volume = hours.map { " \($0) академиялық сағат көлемінде" } ?? ""
        return "Осы сертификат \(name) «\(topic)» тақырыбы бойынша\(volume) біліктілікті арттыру курсынан өткенін растайды."
    }

    /// «Настоящим подтверждает, что … прошла курс … в объеме 72 академических часов.» After «в
    /// объеме» the hours take the genitive: «21 академического часа», «72 академических часов».
    static func statementRu(name: String, sex: Sex?, topic: String, hours: Int?) -> String {
        let volume = hours.map { " в объеме \(RussianPlural.academicHoursGenitive($0))" } ?? ""
        return "Настоящим подтверждает, что \(name) \(passed(sex)) курс повышения квалификации на тему «\(topic)»\(volume)."
    }

    /// «прошёл», «прошла», or the form that fits both when the sex is not known.
    static func passed(_ sex: Sex?) -> String {
        switch sex {
        case .male: "прошёл"
        case .female: "прошла"
        case nil: "прошел(ла)"
        }
    }

    /// Appendix 4's «показал(а)».
    static func showed(_ sex: Sex?) -> String {
        switch sex {
        case .male: "показал"
        case .female: "показала"
        case nil: "показал(а)"
        }
    }

    static func appendixKk() -> String {
        "біліктілікті арттыру курстарында оқу кезінде бағдарламаның мына модульдері бойынша тиісті білім мен дағдыларды көрсетті:"
    }

    static func appendixRu(sex: Sex?) -> String {
        "за время обучения на курсах повышения квалификации \(showed(sex)) соответствующие знания и навыки по следующим модулям:"
    }

    /// A grade as the appendix prints it: `A (95), өте жақсы / отлично`; a pass/fail module's word alone.
    static func grade(_ grade: GradeRecord) -> String {
        let words = "\(grade.wordKk) / \(grade.wordRu)"
        guard let letter = grade.letter else { return words }
        return "\(letter)" + (grade.points.map { " (\($0))" } ?? "") + ", " + words
    }

    static let title = "СЕРТИФИКАТ"
    static let appendixTitle = "СЕРТИФИКАТҚА ҚОСЫМША / ПРИЛОЖЕНИЕ К СЕРТИФИКАТУ"
    static let tableHeader = ["№", "Бағдарлама модульдерінің атауы / Наименование модулей программы",
                              "Сағат / Часы", "Баға / Оценка"]
    static let finalAssessmentKk = "Қорытынды аттестаттау"
    static let finalAssessmentRu = "Итоговая аттестация"
    static let externalAssessmentKk = "Сыртқы қорытынды аттестаттау"
    static let externalAssessmentRu = "Внешняя итоговая аттестация"
    static let total = "Барлығы / Итого"
    static let seal = "М.О. / М.П."

    static func rector(_ name: String) -> String { "Ректор  ____________________  \(name)" }
    static func number(_ number: String) -> String { "Тіркеу нөмірі / Регистрационный номер № \(number)" }
    static func issued(_ date: CalendarDate) -> String { "Берілген күні / Дата выдачи: \(date.longKk) / \(date.longRu)" }
    static func check(_ url: String) -> String { "Түпнұсқалығын тексеру / Проверка подлинности:\n\(url)" }
}
