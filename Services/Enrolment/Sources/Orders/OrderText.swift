import Hummingbird
import ServiceKit

/// What enrolment says about orders, in Kazakh, Russian and English.
enum OrderText {
    static let notFound = Localized(kk: "Бұйрық табылмады", ru: "Приказ не найден", en: "No such order")
    static let endsBeforeItStarts = Localized(kk: "Курс басталмай тұрып аяқталмайды", ru: "Курс не может закончиться раньше начала",
                                              en: "The course cannot end before it starts")
    static let budgetNeedsLetters = Localized(
        kk: "Бюджет есебінен оқитын тыңдаушыларды қабылдау білім басқармасының хатына негізделеді (6.8-т.)",
        ru: "Зачисление слушателей за счёт бюджета основывается на письмах управлений образования (п. 6.8)",
        en: "Admitting budget-funded listeners rests on the education authorities' letters (6.8)")

    static func outsideStream(_ stream: Stream) -> Localized {
        let (from, to) = (OrderDocument.dotted(stream.startsOn), OrderDocument.dotted(stream.endsOn))
        return Localized(kk: "Күн ағынның мерзімінен тыс: \(from) – \(to)", ru: "Дата вне сроков потока: \(from) – \(to)",
                         en: "The date is outside the stream's dates: \(stream.startsOn) to \(stream.endsOn)")
    }

    static func conflict(_ detail: Localized) -> Problem {
        Problem(status: .conflict, type: Problem.typeBase + "order-not-possible",
                title: Localized(kk: "Бұйрық шығару мүмкін емес", ru: "Приказ издать нельзя", en: "The order cannot be issued"),
                detail: detail)
    }

    static let programmeNotApproved = conflict(Localized(
        kk: "Топтың бағдарламасы бекітілмеген: тек бекітілген бағдарлама бойынша оқытуға болады (4.8-т.)",
        ru: "Программа группы не утверждена: обучать можно только по утверждённой программе (п. 4.8)",
        en: "The group's programme is not approved: only approved programmes are taught (4.8)"))
    static let noListeners = conflict(Localized(
        kk: "Топта бұйрыққа енгізілмеген тыңдаушы жоқ", ru: "В группе нет слушателей, ещё не включённых в приказ",
        en: "The group has no listeners not yet in an admission order"))
}
