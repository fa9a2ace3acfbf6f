import ServiceKit

extension OrderRules.Refusal: ExplainedRefusal {
    var field: String? {
        switch self {
        case .programmeNotApproved, .noListeners: nil
        case .outsideStream(let field, _), .datesRequired(let field): field
        case .endsBeforeItStarts: "endsOn"
        case .budgetNeedsLetters: "authorityLetters"
        }
    }

    var code: String { "order-not-possible" }

    var message: Localized {
        switch self {
        case .programmeNotApproved, .noListeners:
            Localized(kk: "Бұйрық шығару мүмкін емес", ru: "Приказ издать нельзя", en: "The order cannot be issued")
        case .outsideStream(_, let stream):
            Localized(kk: "Күн ағынның мерзімінен тыс: \(stream.lowerBound.dotted) – \(stream.upperBound.dotted)",
                      ru: "Дата вне сроков потока: \(stream.lowerBound.dotted) – \(stream.upperBound.dotted)",
                      en: "The date is outside the stream's dates: \(stream.lowerBound) to \(stream.upperBound)")
        case .datesRequired:
            Localized(kk: "Топ ағынға жоспарланбаған: курс күндерін көрсетіңіз",
                      ru: "Группа не запланирована в потоке: укажите даты курса",
                      en: "The group is not planned in a stream: give the course's dates")
        case .endsBeforeItStarts:
            Localized(kk: "Курс басталмай тұрып аяқталмайды", ru: "Курс не может закончиться раньше начала",
                      en: "The course cannot end before it starts")
        case .budgetNeedsLetters:
            Localized(kk: "Бюджет есебінен оқитын тыңдаушыларды қабылдау білім басқармасының хатына негізделеді (6.8-т.)",
                      ru: "Зачисление слушателей за счёт бюджета основывается на письмах управлений образования (п. 6.8)",
                      en: "Admitting budget-funded listeners rests on the education authorities' letters (6.8)")
        }
    }

    var detail: Localized? {
        switch self {
        case .programmeNotApproved:
            Localized(kk: "Топтың бағдарламасы бекітілмеген: тек бекітілген бағдарлама бойынша оқытуға болады (4.8-т.)",
                      ru: "Программа группы не утверждена: обучать можно только по утверждённой программе (п. 4.8)",
                      en: "The group's programme is not approved: only approved programmes are taught (4.8)")
        case .noListeners:
            Localized(kk: "Топта бұйрыққа енгізілмеген тыңдаушы жоқ", ru: "В группе нет слушателей, ещё не включённых в приказ",
                      en: "The group has no listeners not yet in an admission order")
        default: nil
        }
    }
}
